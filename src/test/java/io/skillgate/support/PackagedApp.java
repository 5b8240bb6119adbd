package io.skillgate.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.core.env.Environment;

/**
 * The packaged jar ({@code target/skillgate-*.jar}, built by {@code ./mvnw verify} before the ITs) started as
 * its own process in the prod profile, on free ports, against the test run's MariaDB schema — as the Docker
 * image runs it. Output goes to {@code target/it-app-<port>.log}.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String OPERATOR_EMAIL = "it.operator@skillgate.test";
    public static final String OPERATOR_PASSWORD = "it-operator-password";

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedApp(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public static PackagedApp start() throws IOException, InterruptedException {
        return start("prod", Map.of());
    }

    /**
     * The jar in another profile with extra settings: {@code dev} runs the demo data and the SR sandbox (the default
     * build's jar carries it; the production build's does not), against the test run's MariaDB all the same.
     */
    public static PackagedApp start(String profile, Map<String, String> settings)
            throws IOException, InterruptedException {
        return startAll(profile, List.of(settings)).get(0);
    }

    /**
     * The settings that make the jar another node of the app running in this test JVM: the same schema (the test's
     * own) and the same key for SR's stored credentials; no partner registration at start (this JVM's app made
     * it). A new map each time, for the node's own settings to be added.
     */
    public static Map<String, String> nodeOf(Environment environment) {
        return new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"),
                "SPRING_DATASOURCE_USERNAME", environment.getRequiredProperty("spring.datasource.username"),
                "SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "SKILLGATE_CONNECTION_ENCRYPTIONKEY", environment.getRequiredProperty(
                        "skillgate.connection.encryption-key"),
                "SKILLGATE_SMARTRECRUITERS_CONFIGUREONSTARTUP", "false"));
    }

    /**
     * Several instances of the jar, one per entry of {@code settings}, launched together and then awaited: on two
     * cores that is about a third faster than one after the other. If one does not come up, all are stopped.
     */
    public static List<PackagedApp> startAll(String profile, List<Map<String, String>> settings)
            throws IOException, InterruptedException {
        List<PackagedApp> apps = new ArrayList<>();
        try {
            for (Map<String, String> one : settings) {
                apps.add(launch(profile, one));
            }
            for (PackagedApp app : apps) {
                app.awaitHealthy(Duration.ofSeconds(150));
            }
            return apps;
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (PackagedApp app : apps) {
                app.close();
            }
            throw e;
        }
    }

    private static PackagedApp launch(String profile, Map<String, String> settings) throws IOException {
        String jar = System.getProperty("skillgate.it.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run the ITs with ./mvnw verify");
        }
        int port = freePort();
        int managementPort = freePort();
        TestDatabase.Coordinates db = TestDatabase.passwordUser();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", profile);
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", db.username());
        env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        env.put("SKILLGATE_PUBLICURL", "http://localhost:" + port);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        env.put("SKILLGATE_CONNECTION_ENCRYPTIONKEY", java.util.Base64.getEncoder().encodeToString(key));
        if ("prod".equals(profile)) {
            // no mail server listens there: invitations wait and retry, nothing else needs mail (the dev profile
            // sends to the sandbox's own SMTP server)
            env.put("SPRING_MAIL_HOST", "127.0.0.1");
            env.put("SPRING_MAIL_PORT", "9");
        }
        env.put("SKILLGATE_BOOTSTRAP_OPERATOREMAIL", OPERATOR_EMAIL);
        env.put("SKILLGATE_BOOTSTRAP_OPERATORPASSWORD", OPERATOR_PASSWORD);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort)); // the dev profile reads only this one
        // plain HTTP on localhost in the test: the prod session cookie is Secure otherwise
        env.put("SERVER_SERVLET_SESSION_COOKIE_SECURE", "false");
        env.putAll(settings);

        Path log = Path.of("target", "it-app-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new PackagedApp(builder.start(), port, managementPort, log);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app did not become healthy within " + timeout + ":\n" + log());
    }

    /** SIGKILL: the process dies at once, with no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
