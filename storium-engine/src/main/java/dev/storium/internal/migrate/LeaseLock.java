package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MySQL/MariaDB in a Galera cluster: a lease, the committed row 1 of the table {@code <history table>_lock} naming its
 * owner and an expiry that a thread of the holder renews while it runs. {@code GET_LOCK} is local to one node of a
 * cluster; a committed row is not: two nodes that claim it at once both insert it, and certification lets only one
 * commit (the other gets a deadlock error, 1213, and waits). A holder that died stops renewing, and its lease is taken
 * over once it has expired ({@link #LEASE}). Expiry is compared with the database's clock, never this process's.
 */
final class LeaseLock extends MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseLock.class);

    /** How long a lease lasts without renewal: how long a dead holder blocks the others. */
    static final Duration LEASE = Duration.ofSeconds(20);

    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    private static final String NOW_MS = "CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)";
    private static final String EXPIRY = NOW_MS + " + " + LEASE.toMillis();

    private final Connection connection;
    private final String table;
    private final String owner;
    private ScheduledExecutorService renewer;
    private volatile boolean lost;

    private LeaseLock(Connection connection, String table, String owner) {
        this.connection = connection;
        this.table = table;
        this.owner = owner;
    }

    static LeaseLock create(StoriumConfig config, String goal) throws SQLException {
        String table = History.lockTable(config);
        Connection connection = Connections.open(config, goal);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT NOT NULL PRIMARY KEY,"
                    + " owner VARCHAR(200) NOT NULL, expires_at BIGINT NOT NULL) ENGINE=InnoDB");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new LeaseLock(connection, table, owner(goal));
    }

    private static String owner(String goal) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return goal + " pid " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host + " ("
                + UUID.randomUUID().toString().substring(0, 8) + ")";
    }

    @Override
    boolean tryAcquire() throws SQLException {
        if (claim()) {
            renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "storium-lease-renewal");
                thread.setDaemon(true);
                return thread;
            });
            long every = RENEW_EVERY.toMillis();
            renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
            return true;
        }
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the migration lock", e);
        }
        return false;
    }

    /** One claim: insert the row, or take it over when its lease has expired; a lost race is not an error. */
    private boolean claim() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (id, owner, expires_at) VALUES (1, ?, " + EXPIRY + ")")) {
            insert.setString(1, owner);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!Cluster.isDuplicateKey(e) && !Cluster.isConflict(e)) {
                throw e;
            }
        }
        String previous = holder();
        try (PreparedStatement takeOver = connection.prepareStatement("UPDATE " + table + " SET owner = ?,"
                + " expires_at = " + EXPIRY + " WHERE id = 1 AND expires_at < " + NOW_MS)) {
            takeOver.setString(1, owner);
            if (takeOver.executeUpdate() == 1) {
                LOG.warn(
                        "Took over the migration lock ({}) from {}, whose lease had expired: that run stopped"
                                + " without releasing it (its process or its connection died).",
                        describe(),
                        previous);
                return true;
            }
            return false;
        } catch (SQLException e) {
            if (Cluster.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private String holder() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT owner FROM " + table + " WHERE id = 1")) {
            return rows.next() ? rows.getString(1) : "nobody";
        }
    }

    private void renew() {
        try {
            int renewed = Cluster.retried(() -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET expires_at = " + EXPIRY + " WHERE id = 1 AND owner = ?")) {
                    update.setString(1, owner);
                    return update.executeUpdate();
                }
            });
            if (renewed == 0 && !lost) {
                lost = true;
                LOG.error(
                        "The migration lock ({}) is no longer held by this run: its lease expired before it could"
                                + " be renewed (the database was unreachable for more than {} s) and another run may"
                                + " have taken it.",
                        describe(),
                        LEASE.toSeconds());
            }
        } catch (SQLException e) {
            LOG.warn("Could not renew the migration lock ({}): {}; trying again.", describe(), e.getMessage());
        }
    }

    @Override
    String afterDeath() {
        return "the lease of a process that dies expires within " + LEASE.toSeconds() + " s, and is then taken over";
    }

    @Override
    String describe() {
        return "row 1 of " + table + ", a lease of " + LEASE.toSeconds() + " s held by " + owner;
    }

    @Override
    void release() throws SQLException {
        if (renewer != null) {
            renewer.shutdownNow();
            try {
                renewer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            renewer = null;
        }
        try (Connection closing = connection) {
            Cluster.retried(() -> {
                try (PreparedStatement delete =
                        closing.prepareStatement("DELETE FROM " + table + " WHERE id = 1 AND owner = ?")) {
                    delete.setString(1, owner);
                    return delete.executeUpdate();
                }
            });
        }
    }
}
