#!/usr/bin/env bash
# Start-up figures of the foundation issue, measured on this machine:
#   1. ./mvnw spring-boot:run (dev profile, embedded MariaDB) until GET /login answers 200
#   2. the packaged jar in the prod profile against the local MariaDB server: time to "Started", time until
#      /login answers, heap used and resident memory right after start
# Floor for comparison, measured in the same run: the JVM alone (java -version).
# Usage: bench/startup.sh [path/to/jar]   (default: the jar ./mvnw package left in target/)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/skillgate-*.jar | head -1)}
source bench/lib.sh
wait_for() { # url, timeout seconds
  local end=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "$1"; do [ "$(date +%s)" -lt "$end" ] || return 1; sleep 0.2; done
}
descendants() { local c; for c in $(pgrep -P "$1"); do echo "$c"; descendants "$c"; done; }

t0=$(ms); java -version >/dev/null 2>&1; floor=$(( $(ms) - t0 ))
echo "floor: JVM start and exit (java -version): ${floor} ms"

# 1. dev run
port=$(free_port)
t0=$(ms)
SERVER_PORT=$port ./mvnw -q -o spring-boot:run > target/bench-dev-run.log 2>&1 &
dev=$!
if wait_for "http://localhost:$port/login" 180; then
  t=$(( $(ms) - t0 )); echo "dev: ./mvnw spring-boot:run -> login page served: ${t} ms ($(( t / floor ))x floor)"
else
  echo "dev: login page not served within 180 s (see target/bench-dev-run.log)"
fi
# the app JVM spring-boot:run forked, found below this run of mvnw (not by name, so no other app is touched)
for pid in $(descendants $dev); do
  if grep -qa SkillgateApplication "/proc/$pid/cmdline" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true; timeout 60 tail --pid="$pid" -f /dev/null || true
  fi
done
kill $dev 2>/dev/null || true; wait $dev 2>/dev/null || true

# 2. prod jar against the throwaway schema and user of bench/lib.sh on the local MariaDB server
port=$(free_port); mport=$(free_port)
app_env "$port"
t0=$(ms)
env "${app_env[@]}" MANAGEMENT_PORT=$mport java -jar "$JAR" > target/bench-prod-jar.log 2>&1 &
app=$!; apps+=($app)
wait_for "http://localhost:$mport/actuator/health" 120 && wait_for "http://localhost:$port/login" 30
t=$(( $(ms) - t0 ))
started=$(grep -o 'Started SkillgateApplication in [0-9.]* seconds' target/bench-prod-jar.log | grep -o '[0-9.]*' | head -1)
heap=$(curl -s "http://localhost:$mport/actuator/prometheus" | grep '^jvm_memory_used_bytes{' | grep 'area="heap"' | awk '{s+=$NF} END {printf "%.0f", s/1048576}')
rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$app/status)
echo "prod jar: Started in ${started} s; login page served after ${t} ms ($(( t / floor ))x floor); heap used ${heap} MiB; RSS ${rss} MiB"
