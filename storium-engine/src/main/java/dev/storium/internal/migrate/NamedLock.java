package dev.storium.internal.migrate;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MySQL and MariaDB: a named lock ({@code GET_LOCK}) held on a connection of its own; the server releases it when
 * that session ends. Named locks are server-wide, so the name holds the database and the history table (hashed when
 * longer than the 64 characters a lock name may have).
 */
final class NamedLock extends MigrationLock {
    private static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;
    private boolean held;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static NamedLock create(StoriumConfig config, Connection runConnection, String goal) throws SQLException {
        String database;
        try (Statement statement = runConnection.createStatement();
                ResultSet result = statement.executeQuery("SELECT DATABASE()")) {
            result.next();
            database = result.getString(1);
        }
        String name = "storium:" + database + "." + config.migrationsTable();
        if (name.length() > MAX_NAME) {
            name = "storium:" + digest(name, MAX_NAME - "storium:".length());
        }
        return new NamedLock(Connections.open(config, goal), name);
    }

    @Override
    boolean tryAcquire() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setInt(2, SLICE_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int outcome = result.getInt(1);
                if (result.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') returned NULL (the server refused the lock)");
                }
                held = outcome == 1;
                return held;
            }
        }
    }

    @Override
    String describe() {
        return "named lock '" + name + "', see SELECT IS_USED_LOCK('" + name + "')";
    }

    @Override
    void release() throws SQLException {
        try (Connection closing = connection) {
            if (held) {
                held = false;
                try (PreparedStatement statement = closing.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    statement.setString(1, name);
                    statement.execute();
                }
            }
        }
    }
}
