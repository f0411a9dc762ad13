package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock held for a whole migrate, repair or baseline run, so that any number of processes migrating one database
 * apply each file once. Every kind is released by the database or the operating system when its process dies: a
 * PostgreSQL session advisory lock, a MySQL/MariaDB named lock ({@code GET_LOCK}), an OS file lock on a file next to
 * the SQLite database, and on H2 a row inserted and kept uncommitted in a small lock table. A node of a Galera cluster
 * gets a lease instead ({@link LeaseLock}): named locks are local to one node, and the lease of a holder that died is
 * taken over once it expires.
 */
abstract class MigrationLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    /** How long one attempt may block before the wait loop reports and checks its deadline. */
    static final int SLICE_SECONDS = 2;

    /**
     * Takes the lock for the database of {@code config}, whose history table is {@code config.migrationsTable()},
     * waiting at most {@code wait} while another process holds it; {@code connection} is the run's own connection,
     * used only to name the lock.
     */
    static MigrationLock acquire(StoriumConfig config, Connection connection, Duration wait, String goal) {
        MigrationLock lock;
        try {
            lock = create(config, connection, goal);
        } catch (SQLException | IOException e) {
            throw failure(config, "prepare the migration lock", e);
        }
        try {
            lock.await(wait, Connections.describe(config));
            return lock;
        } catch (SQLException | IOException e) {
            lock.close();
            throw failure(config, "take the migration lock (" + lock.describe() + ")", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static MigrationLock create(StoriumConfig config, Connection connection, String goal)
            throws SQLException, IOException {
        String table = config.migrationsTable();
        switch (config.dialect()) {
            case POSTGRESQL:
                return AdvisoryLock.create(config, connection, goal);
            case MYSQL:
                return Cluster.isGaleraNode(config, connection)
                        ? LeaseLock.create(config, goal)
                        : NamedLock.create(config, connection, goal);
            case SQLITE:
                return FileLock.create(config, connection, table);
            default:
                return RowLock.create(config, goal);
        }
    }

    /** One attempt, blocking at most about {@link #SLICE_SECONDS}; true when the lock is now held. */
    abstract boolean tryAcquire() throws SQLException, IOException;

    /** What becomes of the lock when its holder dies, for messages. */
    String afterDeath() {
        return "a process that dies releases the lock on its own";
    }

    /** The lock, for messages: its kind and name. */
    abstract String describe();

    /** Releases the lock and what holds it (a connection, a file channel); safe to call when not held. */
    abstract void release() throws SQLException, IOException;

    private void await(Duration wait, String database) throws SQLException, IOException {
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        long nextReport = start;
        while (!tryAcquire()) {
            long now = System.nanoTime();
            long waited = TimeUnit.NANOSECONDS.toSeconds(now - start);
            if (now - deadline >= 0) {
                throw new StoriumException(
                        ErrorCode.DATABASE,
                        "Gave up waiting for the migration lock on " + database + " after " + waited + " s: another"
                                + " migrate, repair or baseline holds it (" + describe() + "). Nothing was applied."
                                + " Fix: let the other run finish, or stop it (" + afterDeath() + "), then run again.");
            }
            if (now - nextReport >= 0) {
                LOG.info(
                        "Waiting for the migration lock on {}: another migrate, repair or baseline holds it ({});"
                                + " waited {} s so far.",
                        database,
                        describe(),
                        waited);
                nextReport = now + REPORT_EVERY.toNanos();
            }
        }
        LOG.debug("Took the migration lock on {} ({}).", database, describe());
    }

    /** Releases the lock; a failure to release is logged, as the lock dies with its connection or process anyway. */
    @Override
    public void close() {
        try {
            release();
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn(
                    "Could not release the migration lock ({}) cleanly: {}. It is released when the connection"
                            + " closes or the process ends.",
                    describe(),
                    e.getMessage());
        }
    }

    private static StoriumException failure(StoriumConfig config, String action, Exception e) {
        String reason = e instanceof SQLException
                ? Connections.safeMessage((SQLException) e, config)
                : e.getClass().getSimpleName() + " " + e.getMessage();
        return new StoriumException(
                ErrorCode.DATABASE,
                "Could not " + action + " on " + Connections.describe(config) + ": " + reason
                        + ". Nothing was applied. Fix: check that the database is reachable and that the user may"
                        + " run this, then run again."
                        + Connections.autoServerHint(config),
                e);
    }

    /** The first {@code hexChars} hex digits of the SHA-256 of {@code text}. */
    static String digest(String text, int hexChars) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
