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

    public static final String OWN_DATABASE = "skillgate.test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // a test that runs a packaged app on the same database and must not meet other tests' rows (or they its)
        // asks for a schema of its own with the property skillgate.test.own-database=true
        TestDatabase.Coordinates db = context.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)
                ? TestDatabase.fresh() : TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("skillgate-test-database",
                Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password())));
    }
}
