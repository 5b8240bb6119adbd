package io.skillgate.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of the test run at {@link TestDatabase} (registered in the test
 * {@code META-INF/spring.factories}), so the real Liquibase changelog runs against MariaDB.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("skillgate-test-database",
                Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password())));
    }
}
