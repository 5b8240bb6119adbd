package io.skillgate.access;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first Skillgate operator, created once when no operator exists yet
 * ({@code SKILLGATE_BOOTSTRAP_OPERATOREMAIL} / {@code SKILLGATE_BOOTSTRAP_OPERATORPASSWORD}).
 */
@ConfigurationProperties("skillgate.bootstrap")
public record BootstrapProperties(@Nullable String operatorEmail, @Nullable String operatorPassword) {
}
