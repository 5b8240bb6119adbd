package io.skillgate.access;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param runAt    when (UTC) the daily reclamation job runs, on one node
 * @param mailFrom the sender of its summary mail to the company's admins
 */
@ConfigurationProperties("skillgate.access.reclamation")
public record ReclamationProperties(@DefaultValue("03:00") LocalTime runAt,
                                    @DefaultValue("Skillgate <no-reply@skillgate.invalid>") String mailFrom) {
}
