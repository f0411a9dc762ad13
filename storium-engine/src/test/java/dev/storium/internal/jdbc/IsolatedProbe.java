package dev.storium.internal.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.StoriumException;
import dev.storium.internal.store.ConnectionPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs inside a class loader of its own ({@link IsolatedEngine}), as an application whose classpath holds the engine
 * and only the drivers the test gives it. Takes {@code [action, dialect key, url]} and returns what happened as text.
 */
public final class IsolatedProbe implements Function<List<String>, String> {
    private static final String CLEANUP_THREAD = "mysql-cj-abandoned-connection-cleanup";

    @Override
    public String apply(List<String> args) {
        StoriumConfig config = new StoriumConfig(
                Dialect.fromKey(args.get(1)).orElseThrow(),
                args.get(2),
                null,
                null,
                List.of(),
                List.of(),
                Path.of("migrations"),
                List.of(),
                Map.of(),
                null,
                Path.of(""),
                "the test");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader()); // as in an application's main thread
        try {
            return run(args.get(0), config);
        } catch (StoriumException e) {
            return e.getMessage();
        } catch (SQLException | ReflectiveOperationException | InterruptedException e) {
            return "failed: " + e;
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private String run(String action, StoriumConfig config)
            throws SQLException, ReflectiveOperationException, InterruptedException {
        switch (action) {
            case "connect":
                try (Connection connection = Connections.open(config, "migrate")) {
                    return "connected to " + connection.getMetaData().getDatabaseProductName();
                }
            case "pool":
                return pool(config);
            case "pool-after-application":
                // the application loaded the driver itself: its cleanup thread is not Storium's to stop
                Class.forName("com.mysql.cj.jdbc.Driver", true, getClass().getClassLoader());
                String result = pool(config);
                Class.forName(
                                "com.mysql.cj.jdbc.AbandonedConnectionCleanupThread",
                                true,
                                getClass().getClassLoader())
                        .getMethod("uncheckedShutdown")
                        .invoke(null);
                return result;
            default:
                throw new IllegalArgumentException(action);
        }
    }

    /** Opens and closes a runtime pool; says whether this class loader's MySQL cleanup thread ran and still runs. */
    private String pool(StoriumConfig config) throws SQLException, InterruptedException {
        HikariDataSource pool = ConnectionPool.open(config);
        try (Connection connection = pool.getConnection()) {
            connection.isValid(5);
        }
        boolean during = cleanupThread() != null;
        pool.close();
        Thread after = cleanupThread();
        if (after != null) {
            after.join(2_000);
        }
        return "cleanup thread during: " + during + ", after close: " + (after != null && after.isAlive());
    }

    private Thread cleanupThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(CLEANUP_THREAD))
                .filter(t -> t.getContextClassLoader() == getClass().getClassLoader())
                .filter(Thread::isAlive)
                .findFirst()
                .orElse(null);
    }
}
