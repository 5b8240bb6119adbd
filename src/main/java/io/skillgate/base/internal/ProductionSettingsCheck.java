package io.skillgate.base.internal;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * In the {@code prod} profile, refuses to start before anything else happens when a required setting is
 * missing, naming every missing one (see {@link MissingSettingsFailureAnalyzer} for the message).
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    /** Settings without which production must not start; later modules add theirs here. */
    static final List<String> REQUIRED = List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "skillgate.public-url",
            "skillgate.connection.encryption-key",
            "spring.mail.host");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = REQUIRED.stream()
                .filter(key -> !StringUtils.hasText(environment.getProperty(key)))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 10;
    }

    /** Thrown at start-up when required settings are missing. */
    public static class MissingSettingsException extends IllegalStateException {

        private final List<String> keys;

        MissingSettingsException(List<String> keys) {
            super("Missing required settings for the prod profile: " + String.join(", ", keys.stream()
                    .map(MissingSettingsException::describe).toList()));
            this.keys = List.copyOf(keys);
        }

        public List<String> keys() {
            return keys;
        }

        /** {@code spring.datasource.url} → {@code SPRING_DATASOURCE_URL (spring.datasource.url)}. */
        static String describe(String key) {
            return environmentVariable(key) + " (" + key + ")";
        }

        static String environmentVariable(String key) {
            return key.replace("-", "").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
        }
    }
}
