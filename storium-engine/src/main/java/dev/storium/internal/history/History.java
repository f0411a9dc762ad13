package dev.storium.internal.history;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.jdbc.Connections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The history table: one row per migration file applied, found by tag and hash. Its DDL uses only types that
 * PostgreSQL, MySQL/MariaDB, SQLite and H2 all accept; times are stored as journal milliseconds and as an ISO-8601 UTC
 * text, which reads the same on every database.
 */
public final class History {
    /** Fixed width, so that the text sorts as the time does. */
    private static final DateTimeFormatter APPLIED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String table;

    /** The history table of this (plain, unquoted) name. */
    public History(String table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** drizzle-orm's history table, which {@code storium:adopt} leaves in the database as it was. */
    public static final String DRIZZLE_TABLE = "__drizzle_migrations";

    /**
     * The tables migrate keeps in the database for itself: the history table and, on H2, its lock table; and the
     * history table of drizzle-orm, which a database adopted from it keeps (outside PostgreSQL's schema {@code
     * drizzle}, where no catalog reads it). Push and drift checks leave them alone.
     */
    public static Set<String> bookkeepingTables(StoriumConfig config) {
        return Set.of(config.migrationsTable(), lockTable(config), DRIZZLE_TABLE);
    }

    /** The table whose uncommitted row is the migration lock on H2. */
    public static String lockTable(StoriumConfig config) {
        return config.migrationsTable() + "_lock";
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** The statement that creates the table when it is absent. */
    String createStatement() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + "    tag VARCHAR(255) NOT NULL,\n"
                + "    sha256 VARCHAR(64) NOT NULL,\n"
                + "    journal_when BIGINT NOT NULL,\n"
                + "    applied_at VARCHAR(32) NOT NULL,\n"
                + "    execution_ms BIGINT NOT NULL,\n"
                + "    success BOOLEAN NOT NULL,\n"
                + "    PRIMARY KEY (tag)\n"
                + ")";
    }

    /** Creates the table unless it exists; the connection is in auto-commit mode. */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
        }
    }

    /**
     * True when the table exists; the connection is in auto-commit mode (a failed probe aborts nothing). False only when
     * the database says the table is missing: any other failure, such as a user without the privilege to read it, is
     * thrown, so that no command mistakes an unreadable history for an empty one.
     */
    public boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tag FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            if (missingTable(e)) {
                return false;
            }
            HistoryShape.refuseOther(connection, table);
            throw e;
        }
    }

    /**
     * True when the failure says the table does not exist: SQLSTATE 42P01 on PostgreSQL, 42S02 on MySQL/MariaDB and
     * H2, which also answers 42S03 (not found, with candidates) and 42S04 (not found, the database is empty); SQLite
     * sets no SQLSTATE, only its message.
     */
    public static boolean missingTable(SQLException e) {
        String state = e.getSQLState();
        return "42P01".equals(state)
                || "42S02".equals(state)
                || "42S03".equals(state)
                || "42S04".equals(state)
                || String.valueOf(e.getMessage()).contains("no such table");
    }

    /**
     * The error of a command that could not read the history table of the configured database: the table, the
     * database, the driver's message with the password masked, and the command's {@code fix}.
     */
    public static StoriumException unreadable(StoriumConfig config, SQLException e, String fix) {
        return new StoriumException(
                ErrorCode.DATABASE,
                "Could not read the history table " + config.migrationsTable() + " of " + Connections.describe(config)
                        + ": " + Connections.safeMessage(e, config) + ". Fix: " + fix,
                e);
    }

    /** The rows by tag, in the order they were applied; empty when the table does not exist. */
    public Map<String, HistoryRow> read(Connection connection) throws SQLException {
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        if (!exists(connection)) {
            return rows;
        }
        String sql = "SELECT tag, sha256, journal_when, applied_at, execution_ms, success FROM " + table
                + " ORDER BY applied_at, tag";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                HistoryRow row = new HistoryRow(
                        result.getString(1),
                        result.getString(2),
                        result.getLong(3),
                        result.getString(4),
                        result.getLong(5),
                        result.getBoolean(6));
                rows.put(row.tag(), row);
            }
        }
        return rows;
    }

    /** Inserts one row, in the connection's current transaction if it has one. */
    public void insert(Connection connection, HistoryRow row) throws SQLException {
        String sql = "INSERT INTO " + table
                + " (tag, sha256, journal_when, applied_at, execution_ms, success) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, row.tag());
            statement.setString(2, row.sha256());
            statement.setLong(3, row.journalWhen());
            statement.setString(4, row.appliedAt());
            statement.setLong(5, row.executionMs());
            statement.setBoolean(6, row.success());
            statement.executeUpdate();
        }
    }

    /** Deletes the row of {@code tag}. */
    public void delete(Connection connection, String tag) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE tag = ?")) {
            statement.setString(1, tag);
            statement.executeUpdate();
        }
    }

    /** Stores {@code sha256} as the hash of {@code tag}. */
    public void updateHash(Connection connection, String tag, String sha256) throws SQLException {
        String sql = "UPDATE " + table + " SET sha256 = ? WHERE tag = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sha256);
            statement.setString(2, tag);
            statement.executeUpdate();
        }
    }

    /** The tags of the successful rows, for counting. */
    public static List<String> applied(Map<String, HistoryRow> rows) {
        List<String> tags = new ArrayList<>();
        rows.values().stream().filter(HistoryRow::success).forEach(row -> tags.add(row.tag()));
        return tags;
    }

    /** Now, as stored in {@code applied_at}: an ISO-8601 UTC instant to the millisecond. */
    public static String now() {
        return APPLIED_AT.format(Instant.now());
    }
}
