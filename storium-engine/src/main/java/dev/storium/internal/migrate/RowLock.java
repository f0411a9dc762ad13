package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2: a fixed row inserted into the table {@code <history table>_lock} and kept uncommitted on a connection of its
 * own. Another run's insert of the same key blocks on it until this transaction ends; the row is never committed
 * (release rolls it back), and the transaction dies with its connection when the process does. H2 has no advisory
 * locks, and a row lock is the one it releases on its own.
 */
final class RowLock extends MigrationLock {
    private static final int LOCK_TIMEOUT = 50200;

    private final Connection connection;
    private final String table;

    private RowLock(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    static RowLock create(StoriumConfig config, String goal) throws SQLException {
        String table = History.lockTable(config);
        Connection connection = Connections.open(config, goal);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT NOT NULL PRIMARY KEY)");
            statement.execute("SET LOCK_TIMEOUT " + (SLICE_SECONDS * 1000 / 2));
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new RowLock(connection, table);
    }

    @Override
    boolean tryAcquire() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO " + table + " (id) VALUES (1)");
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                connection.rollback();
                return false;
            }
            throw new SQLException(
                    e.getMessage() + " (if " + table + " holds a committed row, no run holds the lock:"
                            + " DELETE FROM " + table + ")",
                    e.getSQLState(),
                    e.getErrorCode(),
                    e);
        }
    }

    @Override
    String describe() {
        return "row 1 of " + table + ", kept uncommitted";
    }

    @Override
    void release() throws SQLException {
        try (Connection closing = connection) {
            closing.rollback();
        }
    }
}
