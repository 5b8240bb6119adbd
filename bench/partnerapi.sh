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
source bench/lib.sh
port=$(free_port)
start_app "$JAR" "$port" target/bench-partnerapi-app.log
seed_company
token=$(token "http://127.0.0.1:$port")

# sanity: both endpoints answer as they should before anything is measured
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "requester: rec@example.test" "http://127.0.0.1:$port/api/sr/v1/packages"
check=$(curl -s -o /dev/stderr -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "$(order_body 00000000-0000-4000-8000-000000000000)" \
  "http://127.0.0.1:$port/api/sr/v1/packages/orders")
[ "$check" = 202 ] || { echo "order sanity check answered $check"; exit 1; }
wrk -t2 -c64 -d3s "http://127.0.0.1:$port/actuator/health/liveness" >/dev/null   # warm-up
wrk -t2 -c64 -d3s -H "Authorization: Bearer $token" -H "requester: rec@example.test" "http://127.0.0.1:$port/api/sr/v1/packages" >/dev/null
read -r f_rps f_p99 f_err _ < <(run -c64 -d${SECS}s "http://127.0.0.1:$port/actuator/health/liveness")
read -r l_rps l_p99 l_err _ < <(run -c64 -d${SECS}s -H "Authorization: Bearer $token" -H "requester: {\"email\":\"rec@example.test\"}" "http://127.0.0.1:$port/api/sr/v1/packages")
read -r o_rps o_p99 o_err _ < <(run -c16 -d${SECS}s -H "Authorization: Bearer $token" -s bench/order.lua "http://127.0.0.1:$port/api/sr/v1/packages/orders" -- "$package_id" sr-bench)
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
