package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL: a session-level advisory lock ({@code pg_advisory_lock}) held on a connection of its own, so that no
 * statement of a migration file can release it; the server releases it when that session ends. The key is derived
 * from the schema and the history table's name; advisory locks are scoped to one database.
 */
final class AdvisoryLock extends MigrationLock {
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final long key;
    private boolean held;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static AdvisoryLock create(StoriumConfig config, Connection runConnection, String goal) throws SQLException {
        String schema;
        try (Statement statement = runConnection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_schema()")) {
            result.next();
            schema = result.getString(1);
        }
        long key = Long.parseUnsignedLong(digest("storium:" + schema + "." + config.migrationsTable(), 16), 16);
        Connection connection = Connections.open(config, goal);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + SLICE_SECONDS + "s'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new AdvisoryLock(connection, key);
    }

    @Override
    boolean tryAcquire() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, key);
            statement.execute();
            held = true;
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    String describe() {
        return "PostgreSQL advisory lock " + key + ", see pg_locks where locktype = 'advisory'";
    }

    @Override
    void release() throws SQLException {
        try (Connection closing = connection) {
            if (held) {
                held = false;
                try (PreparedStatement statement = closing.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    statement.setLong(1, key);
                    statement.execute();
                }
            }
        }
    }
}
