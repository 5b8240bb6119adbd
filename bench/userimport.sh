#!/usr/bin/env bash
# Bulk user provisioning (issue 9): 10,000 users created and activated in one request through the batch endpoint
# of the Users API, once as JSON and once as the import CSV (the UI's format and parser, the same
# UserImportService the "Import users" page calls), then the same CSV again (every line UNCHANGED), against
# SmartRecruiters' own limit of 10 requests/s, at which 10,000 users take 1,000 s at one request per user
# (2,000 s when activation is a second request, as in the per-user Users API: POST /users, PUT /activation).
# Runs the packaged jar (prod profile) against a throwaway schema on the MariaDB server at 127.0.0.1:3306.
# Usage: bench/userimport.sh [path/to/jar] [users, default 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/skillgate-*.jar | head -1)}
USERS=${2:-10000}
source bench/lib.sh
work=$(mktemp -d); extra_cleanup="rm -rf '$work'"
port=$(free_port)
start_app "$JAR" "$port" target/bench-userimport-app.log

# a company with two access groups and a users_manage API key, stored the way ApiKeyService stores one
secret=bench-secret-$suffix
hash=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
public_id=BenchKey$(printf '%08d' $((RANDOM * RANDOM % 100000000)))
sql "$db" -e "INSERT INTO companies (name, slug, created_at) VALUES ('Bench Co', 'bench', NOW(6));
  SET @c = LAST_INSERT_ID();
  INSERT INTO access_groups (company_id, name, created_at) VALUES (@c, 'Sales', NOW(6)), (@c, 'Ops', NOW(6));
  INSERT INTO api_keys (company_id, public_id, secret_hash, name, description, scopes, created_by, created_at)
    VALUES (@c, '$public_id', '$hash', 'bench', 'bench', 'users_manage', 'bench', NOW(6));"
key="sgk_${public_id}_$secret"

python3 - "$work" "$USERS" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
def person(prefix, i):
    return dict(email=f"{prefix}{i:05d}@bench.test", firstName=f"First{i}", lastName=f"Last{i}",
                role="ADMIN" if i % 50 == 0 else "RECRUITER", groups=["Sales"] if i % 2 else ["Sales", "Ops"],
                sso=f"{prefix}-sso-{i:05d}")
with open(f"{work}/users.json", "w") as f:
    json.dump([dict(email=p["email"], firstName=p["firstName"], lastName=p["lastName"], systemRole={"id": p["role"]},
                    accessGroups=p["groups"], ssoIdentifier=p["sso"], activate=True)
               for p in (person("json", i) for i in range(n))], f)
with open(f"{work}/users.csv", "w") as f:
    f.write("email,firstName,lastName,role,accessGroups,ssoIdentifier,activate\n")
    for p in (person("csv", i) for i in range(n)):
        f.write(f'{p["email"]},{p["firstName"]},{p["lastName"]},{p["role"]},{";".join(p["groups"])},{p["sso"]},true\n')
with open(f"{work}/warmup.csv", "w") as f:
    f.write("email,firstName,lastName,role,activate\n")
    for i in range(500):
        f.write(f"warm{i:05d}@bench.test,W,U,RECRUITER,true\n")
PY

post() { # content type, file, query -> "seconds created updated unchanged errors"
  local out; out=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $key" \
    -H "Content-Type: $1" --data-binary "@$2" "http://127.0.0.1:$port/api/users/v201804/users/batch${3:-}")
  local code=${out%% *}
  [ "$code" = 200 ] || { echo "batch answered $code: $(head -c 300 "$work/answer.json")" >&2; exit 1; }
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(sys.argv[2], s["created"], s["updated"], s["unchanged"], s["errors"])' \
    "$work/answer.json" "${out#* }"
}
report() { # label, "seconds created updated unchanged errors"
  read -r secs created updated unchanged errors <<< "$2"
  python3 -c 'import sys
label, secs, n, c, u, un, e = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:]
print(f"{label:<34} {secs:7.2f} s  {n/secs:8.0f} users/s  created {c}, updated {u}, unchanged {un}, errors {e};"
      f" SR at 10 req/s: {n/10:.0f} s (x{n/10/secs:.0f}), with activation as a 2nd request {n/5:.0f} s (x{n/5/secs:.0f})")' \
    "$1" "$secs" "$USERS" "$created" "$updated" "$unchanged" "$errors"
}

post text/csv "$work/warmup.csv" > /dev/null   # 500 users first, so the JIT has seen the path once
echo "users per run: $USERS (each created with 1-2 access groups, an SSO identifier and activated)"
report "JSON batch (create + activate)" "$(post application/json "$work/users.json")"
report "CSV batch (create + activate)" "$(post text/csv "$work/users.csv")"
report "CSV batch again (all unchanged)" "$(post text/csv "$work/users.csv")"
report "CSV dry run (checks only)" "$(post text/csv "$work/users.csv" '?dryRun=true')"
active=$(sql -N "$db" -e "SELECT COUNT(*) FROM portal_users WHERE active AND email LIKE '%@bench.test'")
members=$(sql -N "$db" -e "SELECT COUNT(*) FROM access_group_members")
audits=$(sql -N "$db" -e "SELECT action, COUNT(*) FROM audit_events WHERE action LIKE 'user.%' GROUP BY action" | tr '\t\n' ': ')
echo "stored: $active active users, $members group memberships; audit rows: $audits"
