package dev.storium.internal.migrate;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What migrate does differently on a MySQL/MariaDB node of a Galera cluster ({@code @@wsrep_on}): reads that wait
 * until the node has applied every write the cluster committed before them ({@code wsrep_sync_wait}), and writes to
 * the history and lock tables retried when certification refuses them because another node wrote the same row at
 * the same moment (error 1213, SQLSTATE 40001).
 */
final class Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    private static final int DEADLOCK = 1213;
    private static final int DUPLICATE_KEY = 1062;
    private static final int ATTEMPTS = 5;
    private static final int NOT_PREPARED = 1047;
    private static final int NOT_SUPPORTED = 4165;

    /** A write that may be refused by certification and is then safe to run again. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException;
    }

    private Cluster() {}

    /** True when {@code connection} reaches a node with Galera replication on; only MySQL/MariaDB can be. */
    static boolean isGaleraNode(StoriumConfig config, Connection connection) throws SQLException {
        if (config.dialect() != Dialect.MYSQL) {
            return false;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
            return rows.next() && "ON".equalsIgnoreCase(rows.getString(2));
        }
    }

    /**
     * Makes every read of the session wait until the node has applied what the cluster committed before it, so the
     * history read after taking the lock shows every file another node applied; nothing on a server without Galera.
     */
    static void syncReads(StoriumConfig config, Connection connection) throws SQLException {
        if (!isGaleraNode(config, connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION wsrep_sync_wait = 1");
        }
    }

    /**
     * Refuses to start on a Galera node that cannot serve a migrate: one outside the primary component (it refuses
     * every statement with error 1047), or one that is not {@code Synced} (desynced for a backup or a state transfer,
     * or still catching up). Nothing on a server without Galera.
     */
    static void requireReady(StoriumConfig config, Connection connection, String goal) throws SQLException {
        if (!isGaleraNode(config, connection)) {
            return;
        }
        Map<String, String> status = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW STATUS LIKE 'wsrep_%'")) {
            while (rows.next()) {
                status.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
            }
        }
        String database = Connections.describe(config);
        String primary = status.getOrDefault("wsrep_cluster_status", "unknown");
        if (!"Primary".equalsIgnoreCase(primary) || !"ON".equalsIgnoreCase(status.get("wsrep_ready"))) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Cannot " + goal + " " + database + ": "
                            + notPrimary("wsrep_cluster_status = " + primary + ", wsrep_ready = "
                                    + status.getOrDefault("wsrep_ready", "unknown"))
                            + " Nothing was changed. " + NOT_PRIMARY_FIX);
        }
        String state = status.getOrDefault("wsrep_local_state_comment", "unknown");
        if (!"Synced".equalsIgnoreCase(state)) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Cannot " + goal + " " + database + ": this Galera node is " + state + ", not Synced"
                            + " (wsrep_local_state_comment): it is desynced from the cluster (a backup or a state"
                            + " transfer runs on it, or wsrep_desync is on) or still catching up, and may lag behind"
                            + " what the other nodes committed. Nothing was changed. Fix: wait until SHOW STATUS LIKE"
                            + " 'wsrep_local_state_comment' says Synced on it, or point the URL at a Synced node, then"
                            + " run again.");
        }
    }

    /**
     * For repair and baseline: checks that a Galera node is ready ({@link #requireReady}), takes the migration lock
     * waiting up to {@code lockWait}, and makes the session's reads wait for the cluster ({@link #syncReads}).
     */
    static MigrationLock readyLock(StoriumConfig config, Connection connection, Duration lockWait, String goal)
            throws SQLException {
        requireReady(config, connection, goal);
        MigrationLock lock = MigrationLock.acquire(config, connection, lockWait, goal);
        try {
            syncReads(config, connection);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    private static final String NOT_PRIMARY_FIX = "Fix: point the URL at a node of the primary component (SHOW STATUS"
            + " LIKE 'wsrep_cluster_status' says Primary there), or restore the network between the nodes; when no"
            + " node is Primary the cluster lost its quorum, and restoring it is a decision for its administrator"
            + " (see the Galera documentation on restoring the primary component). Then run again.";

    private static String notPrimary(String facts) {
        return "this Galera node is not part of the cluster's primary component (" + facts + "): it has lost contact"
                + " with the majority of the nodes, and refuses every statement (ERROR 1047 WSREP has not yet"
                + " prepared node for application use).";
    }

    /**
     * What a failure means on a cluster, with its fix, for the messages of a failed run: a node that left the primary
     * component (1047), a table the cluster refuses (4165: without a primary key where {@code wsrep_mode} has
     * {@code REQUIRED_PRIMARY_KEY}, or not InnoDB); null for any other failure.
     */
    static String explain(Throwable failure) {
        if (!(failure instanceof SQLException)) {
            return null;
        }
        SQLException e = (SQLException) failure;
        if (e.getErrorCode() == NOT_PREPARED) {
            return "On a Galera cluster this means " + notPrimary("error 1047") + " " + NOT_PRIMARY_FIX;
        }
        if (e.getErrorCode() == NOT_SUPPORTED) {
            return "On a Galera cluster this means the cluster refuses to replicate the table: it has no primary key"
                    + " while wsrep_mode has REQUIRED_PRIMARY_KEY (or innodb_force_primary_key is on), or its"
                    + " storage engine is not InnoDB. Fix: give the table a primary key in its definition (or"
                    + " ENGINE=InnoDB in a custom file), undo what the file's earlier statements changed, and run"
                    + " mvn storium:repair, then migrate again.";
        }
        return null;
    }

    /** True when a write was refused because another transaction, perhaps on another node, won the row. */
    static boolean isConflict(SQLException e) {
        return e.getErrorCode() == DEADLOCK || "40001".equals(e.getSQLState());
    }

    /** True when an insert found its key taken. */
    static boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == DUPLICATE_KEY || "23505".equals(e.getSQLState());
    }

    /** Runs {@code write}, again (up to {@value #ATTEMPTS} times) while certification refuses it. */
    static <T> T retried(Write<T> write) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.run();
            } catch (SQLException e) {
                if (!isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.debug("A history or lock write met a conflict ({}); attempt {} again.", e.getMessage(), attempt);
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
