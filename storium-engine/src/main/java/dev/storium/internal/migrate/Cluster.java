package dev.storium.internal.migrate;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
