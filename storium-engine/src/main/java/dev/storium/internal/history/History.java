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

    /** Flyway's history table, which {@code storium:adopt} leaves in the database as it was. */
    public static final String FLYWAY_TABLE = "flyway_schema_history";

    /**
     * The tables migrate keeps in the database for itself: the history table and, on H2, its lock table; and the
     * history tables of drizzle-orm (outside PostgreSQL's schema {@code drizzle}, where no catalog reads it) and of
     * Flyway, which a database adopted from them keeps. Push, pull and drift checks leave them alone.
     */
    public static Set<String> bookkeepingTables(StoriumConfig config) {
        return Set.of(config.migrationsTable(), lockTable(config), DRIZZLE_TABLE, FLYWAY_TABLE);
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
                + "    state VARCHAR(16),\n"
                + "    statements_done INT,\n"
                + "    statements_total INT,\n"
                + "    PRIMARY KEY (tag)\n"
                + ")";
    }

    /**
     * Creates the table unless it exists, and gives a table written by an older Storium the columns it lacks
     * ({@link #upgrade}); the connection is in auto-commit mode.
     */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
        }
        upgrade(connection);
    }

    /**
     * Adds the columns {@code state}, {@code statements_done} and {@code statements_total} to a history table written
     * before they existed; its rows keep their meaning (a null state reads as applied or failed, from
     * {@code success}). Runs under the migration lock; does nothing when the columns are there.
     */
    public void upgrade(Connection connection) throws SQLException {
        Set<String> columns = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String column : List.of("state VARCHAR(16)", "statements_done INT", "statements_total INT")) {
            if (!columns.contains(column.substring(0, column.indexOf(' ')))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column);
                }
            }
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
        String sql = "SELECT * FROM " + table + " ORDER BY applied_at, tag";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            Set<String> columns = new java.util.HashSet<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                columns.add(result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
            boolean progress = columns.contains("state");
            while (result.next()) {
                HistoryRow row = row(result, progress);
                rows.put(row.tag(), row);
            }
        }
        return rows;
    }

    private static HistoryRow row(ResultSet result, boolean progress) throws SQLException {
        String tag = result.getString("tag");
        String sha256 = result.getString("sha256");
        long journalWhen = result.getLong("journal_when");
        String appliedAt = result.getString("applied_at");
        long executionMs = result.getLong("execution_ms");
        boolean success = result.getBoolean("success");
        String state = progress ? result.getString("state") : null;
        if (state == null) {
            return new HistoryRow(tag, sha256, journalWhen, appliedAt, executionMs, success);
        }
        int done = result.getInt("statements_done");
        done = result.wasNull() ? -1 : done;
        int total = result.getInt("statements_total");
        total = result.wasNull() ? -1 : total;
        return new HistoryRow(
                tag,
                sha256,
                journalWhen,
                appliedAt,
                executionMs,
                success,
                // success is the column people and older versions know: it wins over a state edited apart from it
                success
                        ? HistoryRow.State.APPLIED
                        : HistoryRow.State.RUNNING.stored().equalsIgnoreCase(state.strip())
                                ? HistoryRow.State.RUNNING
                                : HistoryRow.State.FAILED,
                done,
                total);
    }

    /**
     * Inserts one row, in the connection's current transaction if it has one. A row of state running is a claim: it
     * fails on a duplicate key when another run holds the file.
     */
    public void insert(Connection connection, HistoryRow row) throws SQLException {
        String sql = "INSERT INTO " + table + " (tag, sha256, journal_when, applied_at, execution_ms, success, state,"
                + " statements_done, statements_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, row.tag());
            statement.setString(2, row.sha256());
            statement.setLong(3, row.journalWhen());
            statement.setString(4, row.appliedAt());
            statement.setLong(5, row.executionMs());
            statement.setBoolean(6, row.success());
            statement.setString(7, row.state().stored());
            statement.setInt(8, row.statementsDone());
            statement.setInt(9, row.statementsTotal());
            statement.executeUpdate();
        }
    }

    /** Records that {@code done} statements of the claimed file {@code tag} have completed. */
    public void progress(Connection connection, String tag, int done) throws SQLException {
        String sql = "UPDATE " + table + " SET statements_done = ? WHERE tag = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, done);
            statement.setString(2, tag);
            statement.executeUpdate();
        }
    }

    /**
     * Replaces the row of {@code row.tag()} by {@code row} (its state, counts, hash, time and success); returns
     * whether a row was there to update.
     */
    public boolean update(Connection connection, HistoryRow row) throws SQLException {
        String sql = "UPDATE " + table + " SET sha256 = ?, applied_at = ?, execution_ms = ?, success = ?, state = ?,"
                + " statements_done = ?, statements_total = ? WHERE tag = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, row.sha256());
            statement.setString(2, row.appliedAt());
            statement.setLong(3, row.executionMs());
            statement.setBoolean(4, row.success());
            statement.setString(5, row.state().stored());
            statement.setInt(6, row.statementsDone());
            statement.setInt(7, row.statementsTotal());
            statement.setString(8, row.tag());
            return statement.executeUpdate() == 1;
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
