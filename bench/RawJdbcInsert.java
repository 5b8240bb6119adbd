import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for the order benchmark: N threads, each on its own connection, inserting one row into a table of
 * the order's width and committing, for a fixed time. Prints inserts per second.
 * Usage: java -cp mariadb-java-client.jar RawJdbcInsert.java URL USER PASSWORD SECONDS THREADS
 */
public class RawJdbcInsert {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        long seconds = Long.parseLong(args[3]);
        int threads = Integer.parseInt(args[4]);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_raw_orders (id BIGINT NOT NULL AUTO_INCREMENT"
                    + " PRIMARY KEY, company_id BIGINT NOT NULL, public_id VARCHAR(36) NOT NULL UNIQUE,"
                    + " callback VARCHAR(1000) NOT NULL, callback_hash VARCHAR(64) NOT NULL, payload VARCHAR(4000) NOT NULL,"
                    + " received_at DATETIME(6) NOT NULL, UNIQUE KEY uq (company_id, callback_hash))");
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw_orders (company_id, public_id,"
                             + " callback, callback_hash, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        String id = UUID.randomUUID().toString();
                        insert.setLong(1, 1);
                        insert.setString(2, id);
                        insert.setString(3, "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + id + "/results");
                        insert.setString(4, Integer.toHexString(id.hashCode()) + id);
                        insert.setString(5, "{\"candidate\":\"ada@example.test\"}");
                        insert.setTimestamp(6, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%.1f%n", done.get() / (double) seconds);
    }
}
