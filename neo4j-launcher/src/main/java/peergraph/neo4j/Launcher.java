package peergraph.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, reachable only over Bolt on 127.0.0.1.
 *
 * Configured from the environment (see README.md). db.sh starts it in the background and waits
 * for the READY line on stdout, which is printed only once the databases are up and the password
 * (if any) is in place, so a client never meets a half-configured server.
 */
public final class Launcher {
    static final String READY = "peergraph-neo4j ready";
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(env("PEERGRAPH_DB_DIR", ".neo4j-data")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("PEERGRAPH_DB_PORT", "7687"));
        long pageCache = ByteUnit.parse(env("PEERGRAPH_DB_PAGECACHE", "512m"));
        String auth = System.getenv("PEERGRAPH_DB_AUTH");
        String[] credentials = parseAuth(auth);

        Path logs = dir.resolve("logs");
        Files.createDirectories(logs);
        Path pidFile = dir.resolve("neo4j.pid");
        long pid = ProcessHandle.current().pid();
        // Checked before the PID file is overwritten, which would orphan the running instance.
        long other = runningLauncher(pidFile);
        if (other > 0) {
            log("ERROR: a launcher for " + dir + " is already running (pid " + other + ")");
            System.exit(1);
        }
        Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
        log("starting: pid " + pid + ", dir " + dir + ", bolt " + HOST + ":" + port
                + ", auth " + (credentials == null ? "off" : "on (user " + credentials[0] + ")")
                + ", java " + Runtime.version());

        // Neo4j reports a taken port deep inside a lifecycle stack trace; say it plainly first.
        if (!portFree(port)) {
            log("ERROR: port " + HOST + ":" + port + " is already in use by another process");
            removePidFile(pidFile, pid);
            System.exit(1);
        }

        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        // Registered before start-up so that SIGTERM at any point removes the PID file; a start
        // cut short is recovered by Neo4j on the next one.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = running.get();
            if (dbms != null) {
                log("stopping");
                dbms.shutdown();
                log("stopped");
            }
            removePidFile(pidFile, pid);
        }, "peergraph-neo4j-shutdown"));

        SocketAddress bolt = new SocketAddress(HOST, port);
        OutputStream userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
        try {
            running.set(new DatabaseManagementServiceBuilder(dir)
                    .setUserLogProvider(new Log4jLogProvider(userLog))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    // The routing table a neo4j:// client asks for lists this address, so it
                    // must be the very address the client already reached.
                    .setConfig(BoltConnector.advertised_address, bolt)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, credentials != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // Nothing may leave this machine: no usage reports, and the network leg of the
                    // collector switched off too in case a later version ignores the first switch.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                    // Netty's default 5 s quiet period, once per event loop group, made every stop
                    // take over 10 s; by then the databases are closed and no Bolt work is left.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                    .build());
            if (credentials != null) {
                setPassword(running.get(), credentials[0], credentials[1]);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            log("ERROR: Neo4j did not start: " + rootMessage(e) + " (see " + logs + ")");
            System.exit(1);
        }
        log(READY + ": bolt://" + HOST + ":" + port + " (pid " + pid + ")");
        // Neo4j's own threads keep the JVM up; this thread only has to stay out of the way.
        new CountDownLatch(1).await();
    }

    /**
     * Auth in Neo4j 5 lives in the system database: on a first start the user neo4j exists with
     * password "neo4j" that must be changed. Setting the password on every start makes the
     * environment the single source of truth, also when auth is switched on for an existing store.
     */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        long t0 = System.nanoTime();
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("user", user, "password", password);
        // One statement in the usual case: each system command costs about 2 s on a cold JVM.
        try {
            int updates = system.executeTransactionally(
                    "ALTER USER $user IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params,
                    r -> r.getQueryStatistics().getSystemUpdates());
            if (updates == 0) {
                system.executeTransactionally(
                        "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            }
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one already set; that is the goal anyway.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
        log("password set for user " + user + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private static String[] parseAuth(String auth) {
        if (auth == null || auth.isEmpty() || auth.equalsIgnoreCase("none") || auth.equalsIgnoreCase("off")) {
            return null;
        }
        int colon = auth.indexOf(':');
        if (colon <= 0 || colon == auth.length() - 1) {
            log("PEERGRAPH_DB_AUTH must be user:password (or empty for no auth)");
            System.exit(2);
        }
        return new String[] {auth.substring(0, colon), auth.substring(colon + 1)};
    }

    private static long runningLauncher(Path pidFile) {
        try {
            long old = Long.parseLong(Files.readString(pidFile).trim());
            boolean ours = ProcessHandle.of(old)
                    .filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().commandLine())
                    .filter(cmd -> cmd.contains("neo4j-launcher") || cmd.contains(Launcher.class.getName()))
                    .isPresent();
            return ours ? old : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void removePidFile(Path pidFile, long pid) {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(pid))) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            log("could not remove " + pidFile + ": " + e);
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static void log(String message) {
        System.out.println(java.time.OffsetDateTime.now().withNano(0) + " [launcher] " + message);
        System.out.flush();
    }

    private Launcher() {}
}
