#!/usr/bin/env bash
# The recruiters' screens on 1,000,000 orders (issue 7). Fills a throwaway schema on the MariaDB server at
# 127.0.0.1:3306 with N generated orders (default 1,000,000: 90 % for the demo company Acme, the rest for 9 other
# companies), runs the jar in the dev profile against it (demo users; background jobs off), and then:
#   - drives the orders grid in headless Chromium (first page; filtered by status COMPLETED, INVITED, REJECTED),
#     ROUNDS times each, and reads the server-side time of the grid's database queries from the app's own timer
#     (skillgate.orders.grid, /actuator/prometheus); the floor is the same SQL timed inside MariaDB (SYSDATE(6)
#     before and after, one client session), so the ratio is what the app adds to the database's own work;
#   - measures the heap per signed-in UI session: SESSIONS browsers (own cookies, so own HTTP and Vaadin sessions)
#     each sign in, open the dashboard and then the orders grid, and stay open; the live objects (jcmd
#     GC.class_histogram, which counts what survives a full GC) with one session open and with all of them, the
#     difference divided by SESSIONS - 1. ("heap used" after a GC is printed too, but reads high: it includes what
#     the app's threads allocated between the GC and the reading.)
# Usage: bench/orders-ui.sh [jar, default target/skillgate-*.jar] [N, default 1000000] [SESSIONS, default 11]
#        [ROUNDS, default 10]; BENCH_PAGES=home stops sessions at the start page (the baseline of a signed-in UI).
#        Build the jar first: ./mvnw -Pproduction -DskipTests package (and test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/skillgate-*.jar | head -1)}
N=${2:-1000000}
SESSIONS=${3:-11}
ROUNDS=${4:-10}
source bench/lib.sh
[ -f target/bench-test-classpath.txt ] || ./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-test-classpath.txt
port=$(free_port)
start_app "$JAR" "$port" target/bench-orders-ui-app.log SPRING_PROFILES_ACTIVE=dev DBSCHEDULER_ENABLED=false
for _ in $(seq 1 60); do [ "$(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_packages p JOIN companies c ON c.id = p.company_id WHERE c.slug = 'acme'" 2>/dev/null || echo 0)" -ge 2 ] && break; sleep 1; done

# the fill: secondary indexes the grid never reads (random UUID and hash keys) are dropped first and made again
# afterwards, which takes the fill from about 8 minutes to a few on 2 cores; the schema ends exactly as Liquibase made it
t0=$(ms)
sql "$db" -e "ALTER TABLE assessment_orders DROP INDEX uq_assessment_orders_public_id, DROP INDEX uq_assessment_orders_candidate_token,
  DROP INDEX ix_assessment_orders_due, DROP INDEX ix_assessment_orders_reminders, DROP INDEX ix_assessment_orders_invitations,
  DROP INDEX ix_assessment_orders_context, DROP INDEX uq_assessment_orders_report_key"
sql "$db" -e "INSERT INTO companies (name, slug, created_at) SELECT CONCAT('Bench company ', seq), CONCAT('bench-', seq), NOW(6) FROM seq_1_to_9"
for ((lo = 1; lo <= N; lo += 100000)); do
  hi=$(( lo + 99999 < N ? lo + 99999 : N ))
  sql "$db" <<SQL
SET @acme = (SELECT id FROM companies WHERE slug = 'acme');
SET @first_other = (SELECT MIN(id) FROM companies WHERE slug LIKE 'bench-%');
SET @p1 = (SELECT MIN(public_id) FROM assessment_packages WHERE company_id = @acme);
SET @p2 = (SELECT MAX(public_id) FROM assessment_packages WHERE company_id = @acme);
SET unique_checks = 0, foreign_key_checks = 0;
INSERT INTO assessment_orders (company_id, public_id, kind, status, sr_order_id, result_callback_url, callback_hash,
    package_id, candidate_email, candidate_first_name, candidate_last_name, fields_json, candidate_token_hash,
    received_at, completed_at, job_id, job_title, context_state, score_raw, score_min, score_max, score_label)
SELECT company_id, UUID(), 'REGULAR', status, UUID(), CONCAT('https://sr.test/orders/', seq, '/results'),
       SHA2(CONCAT('cb', seq), 256), IF(seq % 3 = 0, @p2, @p1), CONCAT('cand', seq, '@bench.test'),
       ELT(1 + seq % 8, 'Ada', 'Alan', 'Grace', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Tony'),
       CONCAT('Name', seq), '{}', SHA2(CONCAT('tok', seq), 256), received_at,
       IF(status = 'COMPLETED', received_at + INTERVAL (3600 + (seq * 7919) % 432000) SECOND, NULL),
       CONCAT('job-', seq % 500), CONCAT(ELT(1 + seq % 5, 'Java developer', 'Sales manager', 'Designer', 'Analyst', 'Nurse'), ' ', seq % 500),
       'DONE', IF(status = 'COMPLETED', seq % 7, NULL), IF(status = 'COMPLETED', 0, NULL), IF(status = 'COMPLETED', 6, NULL),
       IF(status = 'COMPLETED', ELT(1 + seq % 3, 'Strong', 'Good', 'Needs improvement'), NULL)
FROM (SELECT seq,
             IF(seq % 10 = 0, @first_other + (seq DIV 10) % 9, @acme) AS company_id,
             CASE WHEN seq % 20 < 12 THEN 'COMPLETED' WHEN seq % 20 < 15 THEN 'EXPIRED' WHEN seq % 20 = 15 THEN 'REJECTED'
                  WHEN seq % 20 < 18 THEN 'INVITED' WHEN seq % 20 = 18 THEN 'IN_PROGRESS' ELSE 'RECEIVED' END AS status,
             NOW(6) - INTERVAL 1 HOUR - INTERVAL ((seq * 104729) % (730 * 86400)) SECOND AS received_at
      FROM seq_${lo}_to_${hi}) generated;
SQL
done
fill=$(( $(ms) - t0 ))
t0=$(ms)
sql "$db" -e "ALTER TABLE assessment_orders ADD CONSTRAINT uq_assessment_orders_public_id UNIQUE (public_id),
  ADD CONSTRAINT uq_assessment_orders_candidate_token UNIQUE (candidate_token_hash), ADD CONSTRAINT uq_assessment_orders_report_key UNIQUE (report_key),
  ADD INDEX ix_assessment_orders_due (status, expires_at), ADD INDEX ix_assessment_orders_reminders (status, next_reminder_at),
  ADD INDEX ix_assessment_orders_invitations (status, kind, next_invitation_at), ADD INDEX ix_assessment_orders_context (context_state, next_context_at);
  ANALYZE TABLE assessment_orders" > /dev/null
echo "filled $N orders in $fill ms, indexes made again in $(( $(ms) - t0 )) ms; Acme has $(sql -N "$db" -e "SELECT COUNT(*) FROM assessment_orders WHERE company_id = (SELECT id FROM companies WHERE slug = 'acme')")"

heap_kib() { jcmd "$app" GC.run > /dev/null; sleep 1; jcmd "$app" GC.run > /dev/null; jcmd "$app" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i+1); gsub(/[K,]/, "", v); print v; exit}}'; }
cp="target/test-classes:$(cat target/bench-test-classpath.txt)"
coproc UI { java -cp "$cp" bench/UiSessions.java "http://localhost:$port" admin@acme.test acme-admin-pass "$SESSIONS" "$ROUNDS" ${BENCH_PAGES:-} 2>target/bench-orders-ui-browser.log; }
while read -r line <&"${UI[0]}"; do [ "$line" = first ] && break; done
# the grid's timings now, while the app's percentiles still hold the first browser's filter rounds
metrics=$(curl -s "http://127.0.0.1:$port/actuator/prometheus" | grep '^skillgate_orders_grid_seconds')
heap_one=$(heap_kib)
jcmd "$app" GC.class_histogram | awk 'NR > 3 {print $4, $3}' | sort > target/bench-histogram-one.txt
echo go >&"${UI[1]}"
while read -r line <&"${UI[0]}"; do [ "$line" = ready ] && break; done
heap_all=$(heap_kib)
jcmd "$app" GC.class_histogram | awk 'NR > 3 {print $4, $3}' | sort > target/bench-histogram-all.txt
echo done >&"${UI[1]}"
wait "$UI_PID" 2>/dev/null || true

# the same SQL as OrderSearch, timed inside MariaDB
acme=$(sql -N "$db" -e "SELECT id FROM companies WHERE slug = 'acme'")
cols="o.public_id, o.kind, o.status, o.package_id, o.candidate_first_name, o.candidate_last_name, o.candidate_email, o.job_id, o.job_title, o.received_at, o.completed_at, o.score_raw, o.score_min, o.score_max, o.score_label, o.attention"
floor_ms() { # where-clause
  local s="SELECT $cols FROM assessment_orders o WHERE o.company_id = $acme $1 ORDER BY o.received_at DESC, o.id DESC LIMIT 100 OFFSET 0"
  for _ in $(seq 1 "$ROUNDS"); do echo "SET @t = SYSDATE(6); $s; SELECT CONCAT('T ', TIMESTAMPDIFF(MICROSECOND, @t, SYSDATE(6)));"; done \
    | sql "$db" -N -B | awk '/^T / {print $2 / 1000}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'
}
metric() { # query filter stat
  local lines; lines=$(grep "query=\"$1\"" <<< "$metrics" | grep "filter=\"$2\"" || true)
  local seconds; case $3 in
    mean) awk '/_sum\{/ {s = $2} /_count\{/ {c = $2} END {printf "%.1f", (c > 0 ? s / c * 1000 : 0)}' <<< "$lines"; return ;;
    count) awk '/_count\{/ {printf "%d", $2}' <<< "$lines"; return ;;
    p50) seconds=$(awk '/quantile="0.5"/ {print $2}' <<< "$lines") ;;
    p99) seconds=$(awk '/quantile="0.99"/ {print $2}' <<< "$lines") ;;
    max) seconds=$(awk '/_max\{/ {print $2}' <<< "$lines") ;;
  esac
  awk -v v="${seconds:-0}" 'BEGIN {printf "%.1f", v * 1000}'
}
floor_none=$(floor_ms "")
floor_status=$(floor_ms "AND o.status IN ('COMPLETED')")
printf '\n| what | server-side (app timer) mean; p50 / p99 / max | floor: same SQL inside MariaDB, median | ratio mean / floor |\n|---|---|---|---|\n'
for f in none status; do
  floor=$([ $f = none ] && echo "$floor_none" || echo "$floor_status")
  printf '| first grid page, %s | %s ms; %s / %s / %s ms (%s queries) | %s ms | %.1f× |\n' "$([ $f = none ] && echo "no filter" || echo "status filter")" \
    "$(metric first-page $f mean)" "$(metric first-page $f p50)" "$(metric first-page $f p99)" "$(metric first-page $f max)" \
    "$(metric first-page $f count)" "$floor" "$(awk -v a="$(metric first-page $f mean)" -v b="$floor" 'BEGIN {print (b > 0 ? a / b : 0)}')"
done
per=$(( (heap_all - heap_one) / (SESSIONS - 1) ))
live=$(join -a2 -e0 -o 0,1.2,2.2 target/bench-histogram-one.txt target/bench-histogram-all.txt \
  | awk -v n=$((SESSIONS - 1)) '{d += $3 - $2} END {printf "%d", d / n / 1024}')
pages=$([ "${BENCH_PAGES:-}" = home ] && echo "start page only" || echo "dashboard, then orders")
echo "live objects per signed-in UI session ($pages): $live KiB (class histogram after full GC, 1 session vs $SESSIONS)"
echo "heap used after full GC (includes what threads allocated since, so it reads high): $heap_one KiB with 1 session, $heap_all KiB with $SESSIONS: $per KiB per session"
echo "what the other sessions added, by class (bytes per session, top 12):"
join -a2 -e0 -o 0,1.2,2.2 target/bench-histogram-one.txt target/bench-histogram-all.txt \
  | awk -v n=$((SESSIONS - 1)) '{d = ($3 - $2) / n; if (d > 0) printf "%8d  %s\n", d, $1}' | sort -rn | head -12
