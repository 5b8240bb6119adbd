#!/usr/bin/env bash
# Several nodes (issue 10): two instances of the packaged jar (prod profile) on one MariaDB schema behind nginx
# (Debian's, apt-get install nginx-light), on this one machine. Prints, through nginx:
#   - package list (c=64) and order POST (c=16) throughput and p99 with one node behind nginx and with two
#     (same 2 cores for everything, so the ratio shows the overhead of a second JVM, not a gain)
#   - that every order answered 2xx was stored, none twice (orders spread round-robin over both nodes), and that the same
#     order sent to both nodes at once is answered by both and stored once (idempotency across nodes)
# Usage: bench/twonodes.sh [path/to/jar] [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/skillgate-*.jar | head -1)}
SECS=${2:-10}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "needs nginx (apt-get install nginx-light)"; exit 1; }
source bench/lib.sh
p1=$(free_port); p2=$(free_port); lb1=$(free_port); lb2=$(free_port)
start_app "$JAR" "$p1" target/bench-twonodes-n1.log SKILLGATE_NODEROUTE=n1
start_app "$JAR" "$p2" target/bench-twonodes-n2.log SKILLGATE_NODEROUTE=n2
seed_company

# nginx: lb1 balances over node 1 only, lb2 over both (round robin; the machine APIs are stateless)
ngx=$(mktemp -d)
cat > "$ngx/nginx.conf" <<NGINX
worker_processes 2;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream one { server 127.0.0.1:$p1; keepalive 64; }
  upstream two { server 127.0.0.1:$p1; server 127.0.0.1:$p2; keepalive 64; }
  server { listen 127.0.0.1:$lb1; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$lb2; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
NGINX
/usr/sbin/nginx -c "$ngx/nginx.conf" -p "$ngx"
extra_cleanup="/usr/sbin/nginx -c $ngx/nginx.conf -p $ngx -s stop 2>/dev/null; rm -rf $ngx"
token=$(token "http://127.0.0.1:$p1")   # issued by node 1, honoured by both

# the same order to both nodes at once: both answer 202, one order is stored
dup=$(cat /proc/sys/kernel/random/uuid)
curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "$(order_body "$dup")" "http://127.0.0.1:$p1/api/sr/v1/packages/orders" > "$ngx/a" &
first=$!
curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "$(order_body "$dup")" "http://127.0.0.1:$p2/api/sr/v1/packages/orders" > "$ngx/b"
wait "$first"
dup_answers="$(cat "$ngx/a") $(cat "$ngx/b")"
dup_stored=$(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_orders WHERE sr_order_id = '$dup' OR result_callback_url LIKE '%$dup%'")

list() { run -c64 -d${SECS}s -H "Authorization: Bearer $token" -H 'requester: rec@example.test' "http://127.0.0.1:$1/api/sr/v1/packages"; }
orders() { run -c16 -d${SECS}s -H "Authorization: Bearer $token" -s bench/order.lua "http://127.0.0.1:$1/api/sr/v1/packages/orders" -- "$package_id" sr-bench "$2"; }
wrk -t2 -c64 -d3s -H "Authorization: Bearer $token" -H 'requester: rec@example.test' "http://127.0.0.1:$lb2/api/sr/v1/packages" >/dev/null # warm-up, both nodes
before=$(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_orders")
read -r l1_rps l1_p99 l1_err _ < <(list "$lb1")
read -r l2_rps l2_p99 l2_err _ < <(list "$lb2")
read -r o1_rps o1_p99 o1_err o1_n < <(orders "$lb1" 1)
read -r o2_rps o2_p99 o2_err o2_n < <(orders "$lb2" 2)
stored=$(( $(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_orders") - before ))
answered=$(( o1_n - o1_err + o2_n - o2_err ))

printf '\n%-46s %12s %10s %10s\n' "through nginx (2 cores for all of it)" "req/s" "p99 ms" "non-2xx"
printf '%-46s %12s %10s %10s\n' "GET /api/sr/v1/packages, c=64, one node" "$l1_rps" "$l1_p99" "$l1_err"
printf '%-46s %12s %10s %10s\n' "GET /api/sr/v1/packages, c=64, two nodes" "$l2_rps" "$l2_p99" "$l2_err"
printf '%-46s %12s %10s %10s\n' "POST /api/sr/v1/packages/orders, c=16, one node" "$o1_rps" "$o1_p99" "$o1_err"
printf '%-46s %12s %10s %10s\n' "POST /api/sr/v1/packages/orders, c=16, two nodes" "$o2_rps" "$o2_p99" "$o2_err"
python3 - "$l1_rps" "$l2_rps" "$o1_rps" "$o2_rps" <<'PY'
import sys
l1, l2, o1, o2 = map(float, sys.argv[1:])
print(f"\ntwo nodes / one node: package list {l2 / l1:.2f}, orders {o2 / o1:.2f}")
PY
twice=$(sql -N "$db" -e "SELECT COUNT(*) - COUNT(DISTINCT company_id, callback_hash) FROM assessment_orders")
# wrk stops with up to 2 x 16 requests in flight: those are stored but not counted as answered
echo "orders answered 2xx: $answered, stored: $stored ($([ "$stored" -ge "$answered" ] && [ "$stored" -le $((answered + 32)) ] && echo "every answered one, plus $((stored - answered)) in flight when wrk stopped" || echo "MISMATCH")), stored twice: $twice"
echo "the same order sent to both nodes at once: answers $dup_answers, stored $dup_stored time(s)"
