package chainatlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a real Neo4j 5.26 (community) in this JVM with Bolt on 127.0.0.1, so ChainAtlas runs
 * without Docker or a system package. Arguments: --port N --data DIR --plugins DIR
 * --pagecache SIZE_MB [--exit-on-stdin-close]. The password comes from NEO4J_PASSWORD.
 * Prints "READY <port>" once Bolt listens; SIGTERM/SIGINT shut it down cleanly.
 */
public final class Main {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Neo4j's own threads would keep the JVM alive: exit (the shutdown hook closes the database).
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            fail(e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : ""));
        }
    }

    private static void run(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of("data/neo4j");
        Path plugins = null;
        long pagecacheMb = 256;
        boolean exitOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--plugins" -> plugins = Path.of(args[++i]);
                case "--pagecache" -> pagecacheMb = Long.parseLong(args[++i]);
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) fail("NEO4J_PASSWORD must be set (8 characters or more)");
        ensurePortFree(port);
        Files.createDirectories(data);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecacheMb * 1024 * 1024)
                // Small transaction logs (db.tx_log.rotation.retention_policy, db.tx_log.rotation.size): a
                // workstation database needs them for crash recovery only, not for backups. Two files of
                // 64 MiB are kept once a checkpoint has passed them (the default 256 MiB files are
                // preallocated: 512 MiB on disk for an empty neo4j + system).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        if (plugins != null) builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath());

        DatabaseManagementService dbms = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-launcher: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // The launcher owns this database, so it sets the configured password at every start.
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Unchanged since the last start: nothing to do.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                fail("could not set the password: " + e.getMessage());
            }
        }

        System.out.println("READY " + port);
        System.out.flush();

        if (exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) { /* ignore input */ }
                } catch (IOException ignored) { }
                System.exit(0); // parent gone: runs the shutdown hook
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is already in use");
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
