package io.skillgate.audit;

import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.skillgate.audit.domain.AuditEvent;
import io.skillgate.audit.domain.AuditEventRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log is append-only in the database itself, not just by convention in the code. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditLogPersistenceTest {

    @Autowired
    private AuditEventRepository events;

    @Autowired
    private DataSource dataSource;

    @Test
    void entriesCanBeWrittenButNeitherChangedNorDeleted() {
        long id = events.save(new AuditEvent(Instant.parse("2026-11-23T10:00:00Z"), 7L, "someone@example.test",
                "test.append", "appended", "127.0.0.1")).getId();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_events WHERE id = ?", String.class, id))
                .isEqualTo("someone@example.test");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_events SET actor = 'x' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_events WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
