package io.skillgate.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx ({@code apt-get install nginx-light}; {@code .ci/run} installs it) in front of two app nodes on
 * loopback, running the load balancer configuration we ship, {@code docker/scale/nginx.conf}: only its listen address
 * and the path of its upstreams file are changed, the upstreams pointing at the two local ports instead of the
 * compose services. Its access log records, per request, the session cookie and the node that answered
 * ({@link #routed()}). A child process ({@code daemon off}), stopped by {@link #close()}.
 */
public final class Nginx implements AutoCloseable {

    /** One proxied request: the session cookie it carried ("-" if none) and the upstream address that answered. */
    public record Routed(String uri, String sessionCookie, String upstream, int status) {
    }

    private static final Path SHIPPED = Path.of("docker", "scale", "nginx.conf");
    private static final String SHIPPED_LISTEN = "listen 8080;";
    private static final String SHIPPED_UPSTREAMS = "include /etc/nginx/skillgate/upstreams.conf;";

    private final Process process;
    private final Path folder;
    private final int port;

    private Nginx(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** A free port for the balancer, to be known before the nodes start (their public URL). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts nginx on 127.0.0.1:{@code port} in front of node n1 at {@code node1Port} and n2 at {@code node2Port}. */
    public static Nginx start(int port, int node1Port, int node2Port) throws IOException, InterruptedException {
        File binary = new File("/usr/sbin/nginx");
        if (!binary.canExecute()) {
            throw new IllegalStateException("The two-node tests need Debian's nginx: apt-get install nginx-light "
                    + "(.ci/run does this)");
        }
        Path folder = Files.createTempDirectory("skillgate-nginx");
        String shipped = Files.readString(SHIPPED);
        if (!shipped.contains(SHIPPED_LISTEN) || !shipped.contains(SHIPPED_UPSTREAMS)) {
            throw new IllegalStateException(SHIPPED + " no longer has '" + SHIPPED_LISTEN + "' and '"
                    + SHIPPED_UPSTREAMS + "': adapt this test to it");
        }
        Files.writeString(folder.resolve("skillgate.conf"), shipped
                .replace(SHIPPED_LISTEN, "listen 127.0.0.1:" + port + ";")
                .replace(SHIPPED_UPSTREAMS, "include " + folder.resolve("upstreams.conf") + ";"));
        String n1 = "127.0.0.1:" + node1Port;
        String n2 = "127.0.0.1:" + node2Port;
        // as docker/scale/upstreams.conf, with loopback ports for app1 and app2
        Files.writeString(folder.resolve("upstreams.conf"), """
                upstream skillgate_n1 { server %1$s; server %2$s backup; }
                upstream skillgate_n2 { server %2$s; server %1$s backup; }
                upstream skillgate_any { server %1$s; server %2$s; }
                """.formatted(n1, n2));
        Files.writeString(folder.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  log_format routed '$request_uri|$cookie_JSESSIONID|$upstream_addr|$status';
                  access_log %1$s/access.log routed;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  include %1$s/skillgate.conf;
                }
                """.formatted(folder));
        Process process = new ProcessBuilder(binary.getPath(), "-p", folder.toString(), "-e",
                folder.resolve("error.log").toString(), "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, folder, port);
        nginx.awaitListening(Duration.ofSeconds(20));
        return nginx;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Every request proxied so far, oldest first. */
    public List<Routed> routed() throws IOException {
        Path log = folder.resolve("access.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().map(line -> line.split("\\|"))
                .filter(fields -> fields.length == 4)
                .map(f -> new Routed(f[0], f[1], f[2], Integer.parseInt(f[3]))).toList();
    }

    private void awaitListening(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": "
                        + Files.readString(folder.resolve("stdout.log")) + readIfExists(folder.resolve("error.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within " + timeout);
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
