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
ms() { date +%s%3N; }
wait_for() { # url, timeout seconds
  local end=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "$1"; do [ "$(date +%s)" -lt "$end" ] || return 1; sleep 0.2; done
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

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
pkill -P $dev -f SkillgateApplication 2>/dev/null || true; kill $dev 2>/dev/null || true; wait $dev 2>/dev/null || true
pkill -f 'io.skillgate.SkillgateApplication' 2>/dev/null || true

# 2. prod jar against a throwaway schema and user on the local MariaDB server
suffix=$RANDOM$RANDOM; db=skillgate_bench_$suffix; user=sg_bench_$suffix; pass=bench-$suffix-pw
sql() { mariadb -uroot -h127.0.0.1 -e "$1"; }
sql "CREATE DATABASE $db; CREATE USER '$user'@'localhost' IDENTIFIED BY '$pass'; CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$pass';
     GRANT ALL ON $db.* TO '$user'@'localhost'; GRANT ALL ON $db.* TO '$user'@'127.0.0.1';"
cleanup() { sql "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$user'@'localhost'; DROP USER IF EXISTS '$user'@'127.0.0.1';" || true; }
trap cleanup EXIT
port=$(free_port); mport=$(free_port)
t0=$(ms)
SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$db SPRING_DATASOURCE_USERNAME=$user \
SPRING_DATASOURCE_PASSWORD=$pass SKILLGATE_PUBLICURL=http://localhost:$port SKILLGATE_CONNECTION_ENCRYPTIONKEY=$(head -c 32 /dev/urandom | base64) SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=9 SERVER_PORT=$port MANAGEMENT_PORT=$mport \
SKILLGATE_BOOTSTRAP_OPERATOREMAIL=bench@skillgate.test SKILLGATE_BOOTSTRAP_OPERATORPASSWORD=bench-operator-pw \
  java -jar "$JAR" > target/bench-prod-jar.log 2>&1 &
app=$!
wait_for "http://localhost:$mport/actuator/health" 120 && wait_for "http://localhost:$port/login" 30
t=$(( $(ms) - t0 ))
started=$(grep -o 'Started SkillgateApplication in [0-9.]* seconds' target/bench-prod-jar.log | grep -o '[0-9.]*' | head -1)
heap=$(curl -s "http://localhost:$mport/actuator/prometheus" | grep '^jvm_memory_used_bytes{' | grep 'area="heap"' | awk '{s+=$NF} END {printf "%.0f", s/1048576}')
rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$app/status)
echo "prod jar: Started in ${started} s; login page served after ${t} ms ($(( t / floor ))x floor); heap used ${heap} MiB; RSS ${rss} MiB"
kill $app; wait $app 2>/dev/null || true
