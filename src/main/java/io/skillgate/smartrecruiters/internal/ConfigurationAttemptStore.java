package io.skillgate.smartrecruiters.internal;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.skillgate.smartrecruiters.ConfigurationAttempt;

/** The attempts to send our partner configuration (table {@code sr_partner_configuration_attempts}). */
@Component
public class ConfigurationAttemptStore {

    private static final int MAX_MESSAGE = 1000;

    private final JdbcTemplate jdbc;

    ConfigurationAttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(ConfigurationAttempt attempt) {
        String message = attempt.message();
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        jdbc.update("INSERT INTO sr_partner_configuration_attempts (attempted_at, success, message) VALUES (?, ?, ?)",
                Timestamp.from(attempt.attemptedAt()), attempt.success(), message);
    }

    public Optional<ConfigurationAttempt> last() {
        return jdbc.query("SELECT attempted_at, success, message FROM sr_partner_configuration_attempts "
                        + "ORDER BY id DESC LIMIT 1",
                (rs, n) -> new ConfigurationAttempt(rs.getTimestamp(1).toInstant(), rs.getBoolean(2),
                        rs.getString(3))).stream().findFirst();
    }
}
