package io.skillgate.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema Liquibase builds can run on a MariaDB Galera cluster: Galera replicates InnoDB only, and a table
 * without a primary key replicates badly (every row change scans the table on each node) or not at all.
 * Liquibase's own DATABASECHANGELOG has none, but it is only ever inserted into (its lock table has one).
 */
@SpringBootTest
class GaleraSafeSchemaTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() {
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class))
                .as("tables").contains("portal_users", "sso_settings");
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'", String.class))
                .as("tables not on InnoDB").isEmpty();
        assertThat(jdbc.queryForList("SELECT t.table_name FROM information_schema.tables t"
                + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'"
                + " AND t.table_name <> 'DATABASECHANGELOG' AND NOT EXISTS ("
                + " SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
                + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')", String.class))
                .as("tables without a primary key").isEmpty();
    }
}
