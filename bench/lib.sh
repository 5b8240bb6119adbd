# Shared by the bench scripts (source it from the repository root): a throwaway schema (utf8mb4_unicode_ci, as the
# deployments make it) and user on the MariaDB server at 127.0.0.1:3306, dropped on exit with every app started here
# (and whatever $extra_cleanup says); a free port; a clock in ms; the jar's settings and the app started (prod profile
# unless told otherwise); wrk's figures; a connected company with three packages.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sql() { mariadb -uroot -h127.0.0.1 "$@"; }
ms() { date +%s%3N; }
suffix=$RANDOM$RANDOM; db=skillgate_bench_$suffix; user=sg_bench_$suffix; pass=bench-$suffix-pw
apps=()
extra_cleanup=""
bench_cleanup() {
  set +e
  [ -n "$extra_cleanup" ] && eval "$extra_cleanup"
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  sql -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$user'@'localhost'; DROP USER IF EXISTS '$user'@'127.0.0.1';" || true
}
trap bench_cleanup EXIT
sql -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER '$user'@'localhost' IDENTIFIED BY '$pass'; CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$pass';
        GRANT ALL ON $db.* TO '$user'@'localhost'; GRANT ALL ON $db.* TO '$user'@'127.0.0.1';"
encryption_key=$(head -c 32 /dev/urandom | base64)

# app_env PORT: the settings of the jar for a bench run, in the array app_env: the prod profile on the bench schema,
# HTTP and actuator on PORT, mail to a closed port, a bootstrap operator
app_env() {
  app_env=(SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$db SPRING_DATASOURCE_USERNAME=$user
    SPRING_DATASOURCE_PASSWORD=$pass SKILLGATE_PUBLICURL=http://localhost:$1 SKILLGATE_CONNECTION_ENCRYPTIONKEY=$encryption_key
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=9 SERVER_PORT=$1 MANAGEMENT_PORT=$1
    SKILLGATE_BOOTSTRAP_OPERATOREMAIL=bench@skillgate.test SKILLGATE_BOOTSTRAP_OPERATORPASSWORD=bench-operator-pw)
}

# start_app JAR PORT LOG [NAME=VALUE...]: the jar with app_env's settings, the request log at WARN (BENCH_REQUEST_LOG)
# and a pool of 20; a NAME=VALUE given here wins over those (e.g. SPRING_PROFILES_ACTIVE=dev). Waits up to 120 s until
# it is live; sets app to its process id
start_app() {
  local jar=$1 port=$2 log=$3; shift 3
  app_env "$port"
  env "${app_env[@]}" LOGGING_LEVEL_IO_SKILLGATE_REQUEST=${BENCH_REQUEST_LOG:-WARN} SKILLGATE_DB_POOL_SIZE=20 "$@" \
    java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$log" 2>&1 &
  app=$!; apps+=($app)
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/liveness" && return 0; sleep 0.5; done
  echo "the app on port $port did not start ($log)"; exit 1
}

# seed_company: a connected company (client sg_bench) with three packages, made the way the services store them;
# sets secret and package_id
seed_company() {
  secret=bench-secret-$suffix
  local hash; hash=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
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
}

# token BASE_URL: an access token of the seeded company from that node's token endpoint
token() {
  curl -s -d grant_type=client_credentials -d client_id=sg_bench -d "client_secret=$secret" \
    "$1/api/sr/v1/oauth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# order_body SR_ORDER_ID: the JSON of one order for the seeded package
order_body() {
  echo "{\"resultCallbackURL\":\"https://api.smartrecruiters.com/assessment-api/v202010/orders/$1/results\",\"candidate\":{\"email\":\"ada@example.test\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"},\"assessmentPackageId\":\"$package_id\",\"companyId\":\"sr-bench\"}"
}

# run WRK_ARGS...: prints "requests/s p99-ms non-2xx requests"
run() {
  local out; out=$(wrk -t2 --latency "$@" 2>&1)
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  local total; total=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$rps ${p99:-0} ${errors:-0} ${total:-0}"
}
