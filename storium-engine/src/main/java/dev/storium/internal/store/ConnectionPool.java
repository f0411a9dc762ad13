package dev.storium.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.jdbc.Drivers;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;

/**
 * The HikariCP pool of a runtime instance: sized by {@code pool.min} (minimumIdle) and {@code pool.max}
 * (maximumPoolSize), opened eagerly so a wrong URL or password fails at connect. MySQL/MariaDB sessions run in UTC
 * ({@code time_zone = '+00:00'}), so {@code datetime(6)} columns and {@code CURRENT_TIMESTAMP} defaults hold UTC;
 * SQLite connections enforce foreign keys. The driver is found first ({@link Drivers#require}); closing the pool stops
 * what loading it started ({@link Drivers#releaseCleanupThread}).
 */
public final class ConnectionPool {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private ConnectionPool() {}

    /** A started pool for the configured database, or {@link ErrorCode#CONFIG} / {@link ErrorCode#DATABASE}. */
    public static HikariDataSource open(StoriumConfig config) {
        if (config.url() == null) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "connect needs a database, and none is configured (dialect "
                            + config.dialect().key()
                            + ", configuration from " + config.source() + "). " + Connections.SET_URL);
        }
        Drivers.require(config);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("storium-" + config.dialect().key() + "-" + COUNT.incrementAndGet());
        hikari.setJdbcUrl(config.url());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        hikari.setMinimumIdle(config.pool().min());
        hikari.setMaximumPoolSize(config.pool().max());
        if (config.dialect() == Dialect.MYSQL) {
            hikari.setConnectionInitSql("SET time_zone = '+00:00'");
        } else if (config.dialect() == Dialect.SQLITE) {
            hikari.setConnectionInitSql("PRAGMA foreign_keys = ON");
        }
        try {
            return new Pool(hikari);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause instanceof SQLException
                    ? Connections.reason((SQLException) cause, config)
                    : Connections.mask(String.valueOf(cause.getMessage()).strip(), config)
                            .replaceAll("\\.+$", "");
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Cannot connect to the database at " + Connections.describe(config)
                            + (config.user() == null ? "" : " as user " + config.user()) + ": " + reason
                            + ". Fix: check that the server is running and reachable, and the url, user and password"
                            + " (configuration from " + config.source() + ").");
        }
    }

    /** A HikariCP pool that, once closed, stops the MySQL driver's cleanup thread when Storium's lookup started it. */
    private static final class Pool extends HikariDataSource {
        Pool(HikariConfig config) {
            super(config);
        }

        @Override
        public void close() {
            super.close();
            Drivers.releaseCleanupThread();
        }
    }

    /** jOOQ's dialect: MariaDB is spoken to as MySQL, whose inserts hand back generated keys through JDBC. */
    public static SQLDialect sqlDialect(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return SQLDialect.POSTGRES;
            case SQLITE:
                return SQLDialect.SQLITE;
            case MEMORY:
                return SQLDialect.H2;
            default:
                return SQLDialect.MYSQL;
        }
    }
}
