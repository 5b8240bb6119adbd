#!/usr/bin/env bash
# Dashboard statistics on 1,000,000 orders (issue 7): fills a throwaway schema on the MariaDB server at
# 127.0.0.1:3306 (root, empty password) with the real changelog and N generated orders (default 1,000,000:
# 90 % for one big company over the last 730 days, the rest spread over 9 other companies; 10 packages each;
# 60 % completed, 15 % expired, 5 % rejected, the rest open), then times, server-side (SYSDATE(6) before and after
# each statement, in one client session, so neither Java nor the network is in the figure), the three queries
# OrderStatisticsService runs (and, for comparison, MariaDB's MEDIAN() window function) for the big company for 30 and 365 days, RUNS times each (default 7), and prints the
# median next to a floor measured in the same run: COUNT(*) over the same company and period (the index range
# every query must read at least once). The schema is dropped at the end.
# The SQL below is the service's (OrderStatisticsService: COUNTS, DURATIONS, BUCKETS); keep them in step.
# Usage: bench/dashboard.sh [N orders, default 1000000] [RUNS, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
RUNS=${2:-7}
source bench/lib.sh   # the throwaway schema $db (filled as root here), dropped on exit

t0=$(ms)
# the real schema: the changelog's formatted SQL files in order (Liquibase's comments are SQL comments)
for f in src/main/resources/db/changelog/changes/*.sql; do sql "$db" < "$f"; done
echo "schema: $(( $(ms) - t0 )) ms"
# the statistics read only ix_assessment_orders_statistics: the other secondary indexes (random UUID and hash keys)
# are dropped before the fill, which takes it from about 8 minutes to seconds on 2 cores
sql "$db" -e "ALTER TABLE assessment_orders DROP INDEX uq_assessment_orders_public_id, DROP INDEX uq_assessment_orders_candidate_token,
  DROP INDEX ix_assessment_orders_due, DROP INDEX ix_assessment_orders_reminders, DROP INDEX ix_assessment_orders_invitations,
  DROP INDEX ix_assessment_orders_context, DROP INDEX uq_assessment_orders_report_key"

# fixed "now" so the figures do not depend on the day the bench runs
now="2026-11-23 12:00:00"
t0=$(ms)
sql "$db" <<SQL
INSERT INTO companies (name, slug, created_at)
  SELECT CONCAT('Bench company ', seq), CONCAT('bench-', seq), '2024-01-01' FROM seq_1_to_10;
SET @company1 = (SELECT MIN(id) FROM companies);
SET unique_checks = 0, foreign_key_checks = 0;
SQL
for ((lo = 1; lo <= N; lo += 100000)); do
  hi=$(( lo + 99999 < N ? lo + 99999 : N ))
  sql "$db" <<SQL
SET @company1 = (SELECT MIN(id) FROM companies);
SET unique_checks = 0, foreign_key_checks = 0;
INSERT INTO assessment_orders (company_id, public_id, kind, status, sr_order_id, result_callback_url, callback_hash,
    package_id, candidate_email, candidate_first_name, candidate_last_name, fields_json, candidate_token_hash,
    received_at, completed_at)
SELECT company_id, UUID(), 'REGULAR', status, UUID(), CONCAT('https://sr.test/orders/', seq, '/results'),
       SHA2(CONCAT('cb', seq), 256), CONCAT('pkg-', company_id, '-', seq % 10), CONCAT('c', seq, '@bench.test'),
       'Ada', 'Lovelace', '{}', SHA2(CONCAT('tok', seq), 256), received_at,
       IF(status = 'COMPLETED', received_at + INTERVAL (3600 + (seq * 7919) % 432000) SECOND, NULL)
FROM (SELECT seq,
             IF(seq % 10 = 0, @company1 + 1 + (seq DIV 10) % 9, @company1) AS company_id,
             CASE WHEN seq % 20 < 12 THEN 'COMPLETED' WHEN seq % 20 < 15 THEN 'EXPIRED' WHEN seq % 20 = 15 THEN 'REJECTED'
                  WHEN seq % 20 < 18 THEN 'INVITED' WHEN seq % 20 = 18 THEN 'IN_PROGRESS' ELSE 'RECEIVED' END AS status,
             TIMESTAMP'$now' - INTERVAL ((seq * 104729) % (730 * 86400)) SECOND AS received_at
      FROM seq_${lo}_to_${hi}) generated;
SQL
done
sql "$db" -e "ANALYZE TABLE assessment_orders" > /dev/null
echo "filled $N orders: $(( $(ms) - t0 )) ms"
sql "$db" -N -B -e "SELECT CONCAT('big company: ', COUNT(*), ' orders; all companies: ', (SELECT COUNT(*) FROM assessment_orders)) FROM assessment_orders WHERE company_id = (SELECT MIN(id) FROM companies)"

# one client session: every statement RUNS times, timed by the server
statements() { # days
  local days=$1
  local where="company_id = @c AND received_at >= @s AND received_at < @e"
  echo "SET @c = (SELECT MIN(id) FROM companies); SET @e = TIMESTAMP'$now' + INTERVAL 1 DAY - INTERVAL HOUR(TIMESTAMP'$now') HOUR; SET @s = @e - INTERVAL $days DAY; SET @b = 3600;"
  for ((r = 1; r <= RUNS; r++)); do
    for q in floor counts durations buckets median_window; do
      case $q in
        floor) s="SELECT COUNT(*) FROM assessment_orders WHERE $where" ;;
        counts) s="SELECT package_id, status, COUNT(*) AS n FROM assessment_orders WHERE $where GROUP BY package_id, status ORDER BY NULL" ;;
        durations) s="SELECT package_id, TIMESTAMPDIFF(MINUTE, received_at, completed_at) AS m, COUNT(*) AS n FROM assessment_orders WHERE $where AND status = 'COMPLETED' AND completed_at IS NOT NULL GROUP BY package_id, m ORDER BY NULL" ;;
        median_window) s="SELECT DISTINCT package_id, MEDIAN(TIMESTAMPDIFF(SECOND, received_at, completed_at)) OVER (PARTITION BY package_id) AS package_median, MEDIAN(TIMESTAMPDIFF(SECOND, received_at, completed_at)) OVER () AS overall_median FROM assessment_orders WHERE $where AND status = 'COMPLETED' AND completed_at IS NOT NULL" ;;
        buckets) s="SELECT TIMESTAMPDIFF(SECOND, @s, received_at) DIV @b AS b, COUNT(*) AS n FROM assessment_orders WHERE $where GROUP BY b ORDER BY NULL" ;;
      esac
      echo "SET @t = SYSDATE(6); $s; SELECT CONCAT('T ', '$q ', TIMESTAMPDIFF(MICROSECOND, @t, SYSDATE(6)));"
    done
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for days in 30 365; do
  out=$(statements "$days" | sql "$db" -N -B | grep '^T ')
  rows=$( (statements "$days" | head -1; echo "SELECT COUNT(*) FROM assessment_orders WHERE company_id = @c AND received_at >= @s AND received_at < @e;") | sql "$db" -N -B)
  declare -A m=()
  for q in floor counts durations buckets median_window; do m[$q]=$(grep "^T $q " <<< "$out" | awk '{print $3 / 1000}' | median); done
  total=$(awk -v a="${m[counts]}" -v b="${m[durations]}" -v c="${m[buckets]}" 'BEGIN {print a + b + c}')
  printf '%3s days (%s orders of the big company): counts %s ms, completion-time histogram %s ms, per-day %s ms; statistics total %s ms; floor COUNT(*) %s ms (%.1fx floor); for comparison MEDIAN() window %s ms\n' \
    "$days" "$rows" "${m[counts]}" "${m[durations]}" "${m[buckets]}" "$total" "${m[floor]}" \
    "$(awk -v t="$total" -v f="${m[floor]}" 'BEGIN {print (f > 0 ? t / f : 0)}')" "${m[median_window]}"
done
echo "plan of the 365-day count query:"
sql "$db" -e "SET @c = (SELECT MIN(id) FROM companies); EXPLAIN SELECT package_id, status, COUNT(*) FROM assessment_orders WHERE company_id = @c AND received_at >= TIMESTAMP'$now' - INTERVAL 365 DAY AND received_at < TIMESTAMP'$now' GROUP BY package_id, status ORDER BY NULL\G" | grep -E 'key:|rows:|Extra:'
