#!/bin/bash
# Runs once, when galera1 initialises an empty data directory (docker-entrypoint-initdb.d): the user a joining
# node's state transfer (mariabackup) signs in as on its donor.
set -euo pipefail
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'mariabackup'@'localhost' IDENTIFIED BY '${GALERA_SST_PASSWORD}';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR, REPLICA MONITOR ON *.* TO 'mariabackup'@'localhost';
SQL
