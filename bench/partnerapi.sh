#!/usr/bin/env bash
# Partner API throughput, measured against floors taken in the same run (issue 4):
#   - package list (GET /api/sr/v1/packages, bearer token + requester) at 64 connections vs a trivial endpoint
#     of the same JVM and connector (/actuator/health/liveness): throughput ratio and p99 ratio
#   - order POST (202 after commit, one stored order per request) vs a raw JDBC insert+commit loop on the same
#     MariaDB with the same number of connections
# Runs the packaged jar (prod profile) against a throwaway schema on the MariaDB server at 127.0.0.1:3306.
# Usage: bench/partnerapi.sh [path/to/jar] [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/skillgate-*.jar | head -1)}
SECS=${2:-10}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
suffix=$RANDOM$RANDOM; db=skillgate_bench_$suffix; user=sg_bench_$suffix; pass=bench-$suffix-pw
sql() { mariadb -uroot -h127.0.0.1 "$@"; }
sql -e "CREATE DATABASE $db; CREATE USER '$user'@'localhost' IDENTIFIED BY '$pass'; CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$pass';
        GRANT ALL ON $db.* TO '$user'@'localhost'; GRANT ALL ON $db.* TO '$user'@'127.0.0.1';"
app=""
cleanup() { set +e; [ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$app" ] && wait "$app" 2>/dev/null; sql -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$user'@'localhost'; DROP USER IF EXISTS '$user'@'127.0.0.1';" || true; }
trap cleanup EXIT
port=$(free_port)
SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$db SPRING_DATASOURCE_USERNAME=$user \
SPRING_DATASOURCE_PASSWORD=$pass SKILLGATE_PUBLICURL=http://localhost:$port SKILLGATE_CONNECTION_ENCRYPTIONKEY=$(head -c 32 /dev/urandom | base64) SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=9 SERVER_PORT=$port MANAGEMENT_PORT=$port \
SKILLGATE_BOOTSTRAP_OPERATOREMAIL=bench@skillgate.test SKILLGATE_BOOTSTRAP_OPERATORPASSWORD=bench-operator-pw \
LOGGING_LEVEL_IO_SKILLGATE_REQUEST=${BENCH_REQUEST_LOG:-WARN} SKILLGATE_DB_POOL_SIZE=20 \
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$JAR" > target/bench-partnerapi-app.log 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/liveness" && break; sleep 0.5; done

# a connected company with three packages, made the way ConnectionService/CatalogService store them
secret=bench-secret-$suffix
hash=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
sql "$db" -e "INSERT INTO companies (name, slug, created_at) VALUES ('Bench Co', 'bench', NOW(6));
  SET @c = LAST_INSERT_ID();
  INSERT INTO sr_connections (company_id, sr_company_id, client_id, client_secret_hash, status, created_at)
    VALUES (@c, 'sr-bench', 'sg_bench', '$hash', 'ACTIVE', NOW(6));
  INSERT INTO assessment_packages (company_id, public_id, name, description, type, active, created_at) VALUES
    (@c, UUID(), 'Java skills', 'Thirty minutes of Java', 'SKILL_TEST', TRUE, NOW(6)),
    (@c, UUID(), 'Work style', 'Ten minutes', 'BEHAVIORAL_ASSESSMENT', TRUE, NOW(6)),
    (@c, UUID(), 'References', 'Two referees', 'REFERENCE_CHECK', TRUE, NOW(6));
  INSERT INTO assessments (company_id, package_id, public_id, name, description, type, position)
    SELECT company_id, id, UUID(), CONCAT(name, ' part'), '', type, 0 FROM assessment_packages;"
package_id=$(sql -N "$db" -e "SELECT public_id FROM assessment_packages WHERE type = 'SKILL_TEST'")
token=$(curl -s -d grant_type=client_credentials -d client_id=sg_bench -d "client_secret=$secret" \
  "http://127.0.0.1:$port/api/sr/v1/oauth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

run() { # label, wrk args... -> prints "rps p99ms"
  local out; out=$(wrk -t2 --latency "$@" 2>&1)
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps ${p99:-0} ${errors:-0}"
}
# sanity: both endpoints answer as they should before anything is measured
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "requester: rec@example.test" "http://127.0.0.1:$port/api/sr/v1/packages"
check=$(curl -s -o /dev/stderr -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"resultCallbackURL\":\"https://api.smartrecruiters.com/assessment-api/v202010/orders/00000000-0000-4000-8000-000000000000/results\",\"candidate\":{\"email\":\"ada@example.test\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"},\"assessmentPackageId\":\"$package_id\",\"companyId\":\"sr-bench\"}" \
  "http://127.0.0.1:$port/api/sr/v1/packages/orders")
[ "$check" = 202 ] || { echo "order sanity check answered $check"; exit 1; }
wrk -t2 -c64 -d3s "http://127.0.0.1:$port/actuator/health/liveness" >/dev/null   # warm-up
wrk -t2 -c64 -d3s -H "Authorization: Bearer $token" -H "requester: rec@example.test" "http://127.0.0.1:$port/api/sr/v1/packages" >/dev/null
read -r f_rps f_p99 f_err < <(run -c64 -d${SECS}s "http://127.0.0.1:$port/actuator/health/liveness")
read -r l_rps l_p99 l_err < <(run -c64 -d${SECS}s -H "Authorization: Bearer $token" -H "requester: {\"email\":\"rec@example.test\"}" "http://127.0.0.1:$port/api/sr/v1/packages")
read -r o_rps o_p99 o_err < <(run -c16 -d${SECS}s -H "Authorization: Bearer $token" -s bench/order.lua "http://127.0.0.1:$port/api/sr/v1/packages/orders" -- "$package_id" sr-bench)
stored=$(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_orders")
mcp=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.11/mariadb-java-client-3.5.11.jar)
raw=$(java -cp "$mcp" bench/RawJdbcInsert.java "jdbc:mariadb://127.0.0.1:3306/$db" "$user" "$pass" "$SECS" 16)

printf '\n%-44s %12s %10s %10s\n' "what (2 cores, app + load on one machine)" "req/s" "p99 ms" "non-2xx"
printf '%-44s %12s %10s %10s\n' "floor: GET /actuator/health/liveness, c=64" "$f_rps" "$f_p99" "$f_err"
printf '%-44s %12s %10s %10s\n' "GET /api/sr/v1/packages, c=64" "$l_rps" "$l_p99" "$l_err"
printf '%-44s %12s %10s %10s\n' "floor: raw JDBC insert+commit, 16 threads" "$raw" "-" "-"
printf '%-44s %12s %10s %10s\n' "POST /api/sr/v1/packages/orders, c=16" "$o_rps" "$o_p99" "$o_err"
python3 - "$f_rps" "$f_p99" "$l_rps" "$l_p99" "$raw" "$o_rps" <<'PY'
import sys
f_rps, f_p99, l_rps, l_p99, raw, o_rps = map(float, sys.argv[1:])
print(f"\npackage list throughput ratio {l_rps / f_rps:.2f} (goal >= 0.67), p99 ratio {l_p99 / f_p99:.2f} (goal <= 1.5)")
print(f"order rate ratio {o_rps / raw:.2f} of raw JDBC (goal >= 0.5)")
print(f"ceiling: the trivial endpoint itself does {f_rps / raw:.2f} of raw JDBC (an order, an HTTP request that also"
      " writes, cannot beat it)")
PY
echo "orders stored: $stored"
