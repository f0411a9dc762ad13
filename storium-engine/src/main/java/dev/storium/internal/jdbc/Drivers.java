package dev.storium.internal.jdbc;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.lang.reflect.InvocationTargetException;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC drivers: the engine brings none, the application (or the Maven plugin) puts its database's driver on the
 * classpath. {@link #require} finds the driver of a URL before Storium connects, loading a known driver class itself
 * when {@link DriverManager} has not registered it, and fails with the Maven coordinates to add when there is none.
 * MySQL Connector/J starts a cleanup thread when its driver is loaded; when Storium's own lookup started it,
 * {@link #releaseCleanupThread} stops it again once Storium's pool is closed, so a JVM (such as {@code mvn exec:java})
 * does not wait for it.
 */
public final class Drivers {
    private static final Logger LOG = LoggerFactory.getLogger(Drivers.class);

    private static final String MYSQL_CLEANUP_CLASS = "com.mysql.cj.jdbc.AbandonedConnectionCleanupThread";
    private static final String MYSQL_CLEANUP_THREAD = "mysql-cj-abandoned-connection-cleanup";

    /** The class loader of the Connector/J whose cleanup thread Storium's lookup started; null when it started none. */
    private static final AtomicReference<ClassLoader> STARTED_CLEANUP = new AtomicReference<>();

    /** A driver Storium knows: the URL prefix it accepts, its class, and the Maven coordinates that bring it. */
    record Known(String prefix, String driverClass, String groupId, String artifactId) {
        String coordinates() {
            return groupId + ":" + artifactId;
        }
    }

    /** The driver of each database Storium speaks to, in the order of the dialects. */
    static final List<Known> KNOWN = List.of(
            new Known("jdbc:postgresql:", "org.postgresql.Driver", "org.postgresql", "postgresql"),
            new Known("jdbc:mysql:", "com.mysql.cj.jdbc.Driver", "com.mysql", "mysql-connector-j"),
            new Known("jdbc:sqlite:", "org.sqlite.JDBC", "org.xerial", "sqlite-jdbc"),
            new Known("jdbc:h2:", "org.h2.Driver", "com.h2database", "h2"));

    private Drivers() {}

    /**
     * Makes sure a JDBC driver accepts the configured URL (a config without URL is left to the caller's own message).
     * Fails with {@link ErrorCode#CONFIG} naming the URL without its password, and the dependency to add.
     */
    public static void require(StoriumConfig config) {
        String url = config.url();
        if (url == null) {
            return;
        }
        Optional<Known> known = known(url);
        boolean mysql =
                known.filter(k -> k.driverClass().startsWith("com.mysql.")).isPresent();
        Set<Thread> cleanupBefore = mysql ? cleanupThreads() : Set.of();
        Driver driver = find(url);
        if (driver == null && known.isPresent()) {
            load(known.get().driverClass());
            driver = find(url);
        }
        if (driver == null) {
            throw missing(config, known);
        }
        if (mysql) {
            cleanupThreads().stream()
                    .filter(thread -> !cleanupBefore.contains(thread))
                    .findFirst()
                    .ifPresent(thread -> STARTED_CLEANUP.compareAndSet(null, thread.getContextClassLoader()));
        }
    }

    /**
     * Stops MySQL Connector/J's abandoned-connection cleanup thread if Storium's {@link #require} started it
     * ({@code AbandonedConnectionCleanupThread.checkedShutdown()}, called reflectively: the driver is optional). A
     * thread the application started, by loading the driver before Storium did, is left alone.
     */
    public static void releaseCleanupThread() {
        ClassLoader loader = STARTED_CLEANUP.getAndSet(null);
        if (loader == null) {
            return;
        }
        try {
            Class.forName(MYSQL_CLEANUP_CLASS, true, loader)
                    .getMethod("checkedShutdown")
                    .invoke(null);
            LOG.debug("Stopped MySQL Connector/J's cleanup thread, started when Storium loaded the driver");
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            LOG.debug("MySQL Connector/J's cleanup thread left running: {}", e.getMessage());
        } catch (InvocationTargetException e) {
            LOG.debug(
                    "MySQL Connector/J's cleanup thread left running: {}",
                    e.getCause().getMessage());
        }
    }

    /** The known driver whose URL prefix {@code url} starts with, ignoring case. */
    static Optional<Known> known(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(k -> lower.startsWith(k.prefix())).findFirst();
    }

    /** The registered driver that accepts the URL, or null where {@link DriverManager} finds "No suitable driver". */
    private static Driver find(String url) {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException noSuitableDriver) {
            return null;
        }
    }

    /** Loads (and so registers) a driver class visible to Storium that DriverManager's service lookup missed. */
    private static void load(String driverClass) {
        try {
            Class.forName(driverClass, true, Drivers.class.getClassLoader());
            LOG.debug("Loaded the JDBC driver {}", driverClass);
        } catch (ClassNotFoundException | LinkageError absent) {
            // not on the classpath: require() reports the dependency to add
        }
    }

    private static StoriumException missing(StoriumConfig config, Optional<Known> known) {
        String facts = "No JDBC driver on the classpath accepts " + Connections.mask(config.url(), config)
                + " (dialect "
                + config.dialect().key() + ", configuration from " + config.source() + "): storium-engine brings no"
                + " driver, the application adds the one of its database.";
        String fix = known.map(k -> " Fix: add the dependency " + k.coordinates() + " to the pom.xml (<dependency>"
                        + "<groupId>" + k.groupId() + "</groupId><artifactId>" + k.artifactId() + "</artifactId>"
                        + "<version>...</version></dependency>), runtime scope is enough.")
                .orElse(" Fix: add the JDBC driver of this database to the pom.xml, or use a URL of a supported"
                        + " database: " + KNOWN.stream().map(Known::prefix).collect(Collectors.joining(", ")) + ".");
        return new StoriumException(ErrorCode.CONFIG, facts + fix);
    }

    private static Set<Thread> cleanupThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(MYSQL_CLEANUP_THREAD))
                .collect(Collectors.toSet());
    }
}
