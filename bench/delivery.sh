#!/usr/bin/env bash
# Result delivery throughput (the outbox job) against the built-in SR sandbox, which enforces SR's limits
# (10 requests/s and 8 at once per credential, 429 beyond):
#   N completed results (default 10000) for K connected companies (default 5, one SR credential each) are put in
#   the outbox at once; the db-scheduler job delivers them. Prints the achieved rate against the allowed
#   K x 10 requests/s, the busiest second of one credential, the 429s the sandbox answered (its own limit, and a
#   short forced 429 outage at the start, OUTAGE_SECONDS, default 3, 0 for none) and the lost check (every row
#   DELIVERED, every SR order received at the sandbox).
# Runs the packaged jar (a non-prod profile, so the sandbox is on; no demo data) against a throwaway schema on the
# MariaDB server at 127.0.0.1:3306. Rows are seeded in SQL with the outbox's shape (RESULT rows: the PDF
# attachment needs real completed orders and is not part of this figure).
# Usage: bench/delivery.sh [N, default 10000] [K companies, default 5] [path/to/jar]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
K=${2:-5}
JAR=${3:-$(ls target/skillgate-*.jar | head -1)}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-3}
source bench/lib.sh
port=$(free_port)
base=http://127.0.0.1:$port
start_app "$JAR" "$port" target/bench-delivery-app.log SPRING_PROFILES_ACTIVE=bench \
  SKILLGATE_SMARTRECRUITERS_BASEURL=$base/sandbox/sr SKILLGATE_SMARTRECRUITERS_PARTNERCLIENTID=sandbox-partner \
  SKILLGATE_SMARTRECRUITERS_PARTNERCLIENTSECRET=sandbox-partner-secret
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
master=$(curl -sf -d grant_type=client_credentials -d client_id=sandbox-partner -d client_secret=sandbox-partner-secret \
  "$base/sandbox/sr/identity/oauth/token" | json '["access_token"]')
for _ in $(seq 1 60); do # our partner configuration reaches the sandbox when the app is ready
  curl -sf -o /dev/null -H "Authorization: Bearer $master" "$base/sandbox/sr/assessment-api/v202010/partner/configuration" && break; sleep 0.5
done

# K companies connected as the consent flow leaves them: SR (the sandbox) issued a credential for each, stored encrypted
for i in $(seq 1 "$K"); do
  sr_company=sr-bench-$i
  answer=$(curl -sf -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
    -d "{\"clientId\":\"sg_bench_$i\",\"clientSecret\":\"bench-secret-$i\"}" \
    "$base/sandbox/sr/assessment-api/v202010/integration/company/$sr_company")
  sr_client=$(echo "$answer" | json '["clientId"]'); sr_secret=$(echo "$answer" | json '["clientSecret"]')
  enc=$(java bench/EncryptSrSecret.java "$encryption_key" "$sr_company" "$sr_secret")
  hash=$(printf '%s' "bench-secret-$i" | sha256sum | cut -d' ' -f1)
  sql "$db" -e "INSERT INTO companies (name, slug, created_at) VALUES ('Bench Co $i', 'bench-$i', UTC_TIMESTAMP(6));
    INSERT INTO sr_connections (company_id, sr_company_id, client_id, client_secret_hash, status, created_at,
      connected_at, connected_by, sr_client_id, sr_client_secret_enc)
    VALUES (LAST_INSERT_ID(), '$sr_company', 'sg_bench_$i', '$hash', 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
      'bench', '$sr_client', '$enc');"
done
stats() { curl -sf "$base/sandbox/sr/control/stats"; }
before=$(stats)
if [ "$OUTAGE_SECONDS" -gt 0 ]; then
  curl -sf -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"status\":429,\"calls\":0,\"seconds\":$OUTAGE_SECONDS,\"retryAfter\":1}" "$base/sandbox/sr/control/outage"
fi
payload='{"name":"Bench package","summary":"Bench package: 7 of 10 points (Good).","status":"COMPLETED","score":{"raw":7,"min":0,"max":10},"scoreLabel":"Good","assessmentResults":[{"assessmentId":"a-1","assessmentName":"Part 1","score":{"raw":7,"min":0,"max":10},"status":"COMPLETED"}]}'
t0=$(date +%s%3N)
sql "$db" -e "INSERT INTO result_deliveries (company_id, order_id, sr_order_id, kind, sr_status, payload, state, attempts,
    next_attempt_at, created_at)
  SELECT c.company_id, UUID(), UUID(), 'RESULT', 'COMPLETED', '$payload', 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
  FROM seq_1_to_$N s JOIN (SELECT company_id, ROW_NUMBER() OVER (ORDER BY company_id) - 1 AS k FROM sr_connections) c
    ON c.k = s.seq % $K;"
limit=$(( N / (K * 10) * 3 + 120 ))
while :; do
  read -r pending delivered failed < <(sql -N "$db" -e "SELECT COALESCE(SUM(state = 'PENDING'), 0), COALESCE(SUM(state = 'DELIVERED'), 0),
    COALESCE(SUM(state = 'FAILED'), 0) FROM result_deliveries")
  [ "$pending" -eq 0 ] && break
  [ $(( ($(date +%s%3N) - t0) / 1000 )) -lt "$limit" ] || { echo "gave up after $limit s with $pending pending"; break; }
  sleep 1
done
t1=$(date +%s%3N)
after=$(stats)
read -r span peak retried < <(sql -N "$db" -e "SELECT TIMESTAMPDIFF(MICROSECOND, MIN(created_at), MAX(delivered_at)) / 1e6,
    (SELECT MAX(n) FROM (SELECT COUNT(*) n FROM result_deliveries WHERE state = 'DELIVERED'
       GROUP BY company_id, FLOOR(UNIX_TIMESTAMP(delivered_at))) per_second),
    SUM(attempts > 1) FROM result_deliveries")
python3 - "$N" "$K" "$span" "$peak" "$retried" "$delivered" "$failed" "$pending" "$(( t1 - t0 ))" "$before" "$after" "$OUTAGE_SECONDS" <<'PY'
import json, sys
n, k = int(sys.argv[1]), int(sys.argv[2])
span, peak, retried = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
delivered, failed, pending, wall = int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9]) / 1000
b, a = json.loads(sys.argv[10]), json.loads(sys.argv[11])
d = lambda key: a[key] - b[key]
allowed = k * 10
rate = delivered / span if span > 0 else 0
print(f"\n{'what (2 cores, app + sandbox + MariaDB on one machine)':<58} {'value':>12}")
rows = [
    ("results put in the outbox / companies (SR credentials)", f"{n} / {k}"),
    ("first queued -> last delivered, s", f"{span:.1f}"),
    ("achieved rate, results/s", f"{rate:.1f}"),
    (f"allowed: {k} credentials x 10 req/s", f"{allowed}"),
    ("achieved / allowed", f"{rate / allowed:.2f}"),
    ("busiest second of one credential, deliveries", f"{peak}"),
    (f"429s from the forced outage ({sys.argv[12]} s)", f"{d('outage429')}"),
    ("429s for going over SR's limits (sandbox-enforced)", f"{d('rateLimited')}"),
    ("rows that needed more than one attempt", f"{retried}"),
    ("PATCH calls the sandbox accepted", f"{d('results')}"),
    ("DELIVERED / FAILED / PENDING rows", f"{delivered} / {failed} / {pending}"),
]
for label, value in rows:
    print(f"{label:<58} {value:>12}")
lost = n - d("ordersWithResults")
print(f"\nlost (SR orders that never received their result): {lost}  ->  {'OK' if lost == 0 and delivered == n else 'NOT OK'}")
PY
