package dev.storium.internal.jdbc;

import dev.storium.config.Dialect;
import dev.storium.config.Redaction;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The application's own {@link DataSource} as the database of a configuration. {@link #bind} reads the database's
 * product and URL from its metadata, once, and returns the configuration carrying the DataSource; from then on
 * {@link Connections#open} takes each connection from it, and the caller's {@code try}-with-resources hands it back.
 * Storium never closes the DataSource itself.
 */
public final class ApplicationDataSource {
    private ApplicationDataSource() {}

    /** What the metadata says of the database behind a DataSource. */
    public record Database(String product, String version, String url, String user) {
        /** The dialect Storium speaks to this product, if it speaks it at all. */
        public Optional<Dialect> dialect() {
            return Dialect.fromProductName(product);
        }

        /** The URL for messages, without its password. */
        public String shown() {
            return url == null ? "(the DataSource reports no URL)" : Redaction.url(url);
        }
    }

    /** Reads the product, version, URL and user of the DataSource's database on one connection, handed back at once. */
    public static Database describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            return new Database(
                    metadata.getDatabaseProductName(),
                    metadata.getDatabaseProductVersion(),
                    metadata.getURL(),
                    metadata.getUserName());
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Cannot get a connection from the application's DataSource ("
                            + dataSource.getClass().getName()
                            + "): "
                            + Redaction.url(
                                    withoutPeriod(String.valueOf(e.getMessage()).strip()))
                            + ". Fix: check that the database is reachable and that the DataSource is open.",
                    e);
        }
    }

    /**
     * The dialect of the DataSource's database, refusing a product Storium does not speak with {@link ErrorCode#CONFIG}.
     */
    public static Dialect dialect(Database database) {
        return database.dialect()
                .orElseThrow(() -> new StoriumException(
                        ErrorCode.CONFIG,
                        "The application's DataSource is on " + database.product() + " " + database.version() + " ("
                                + database.shown() + "), which Storium does not speak: it speaks"
                                + " PostgreSQL, MySQL and MariaDB, SQLite and H2. Fix: hand Storium a DataSource of"
                                + " one of those."));
    }

    /**
     * {@code config} on the DataSource: its dialect checked against the database's (a configuration made for another
     * database is refused with {@link ErrorCode#CONFIG}), its URL and user replaced by the ones the metadata reports.
     */
    public static StoriumConfig bind(DataSource dataSource, StoriumConfig config) {
        Database database = describe(dataSource);
        Dialect dialect = dialect(database);
        if (dialect != config.dialect()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The configuration is for " + config.dialect().key() + " (from " + config.source()
                            + "), but the application's DataSource is on " + database.product() + " ("
                            + database.shown() + ", dialect " + dialect.key() + "). The migrations of one dialect do"
                            + " not run on another. Fix: set dialect to " + dialect.key() + " (or leave it out:"
                            + " Storium then reads it from the DataSource), or hand Storium the DataSource of the"
                            + " database the configuration is for.");
        }
        return new StoriumConfig(
                dialect,
                database.url(),
                database.user(),
                config.password(),
                config.schema(),
                config.stores(),
                config.out(),
                config.seeds(),
                config.assertions(),
                config.pool(),
                config.baseDir(),
                config.source(),
                config.migrationsTable(),
                dataSource);
    }

    /** A connection from the configuration's DataSource, for {@code goal}; the caller closes it (returns it). */
    static Connection connection(StoriumConfig config, String goal) {
        try {
            Connection connection = config.dataSource().getConnection();
            try {
                connection.setAutoCommit(true); // a pool may hand out connections in a transaction; Storium commits
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    goal + " could not get a connection from the application's DataSource ("
                            + Connections.describe(config) + "): " + Connections.reason(e, config)
                            + ". Fix: check that the database is reachable and that the pool has a free connection:"
                            + " migrate, repair and baseline hold two at once (the run's and the lock's), so the pool"
                            + " needs at least two.",
                    e);
        }
    }

    private static String withoutPeriod(String text) {
        return text.replaceAll("\\.+$", "");
    }
}
