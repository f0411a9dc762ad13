package dev.storium.internal.flyway;

import dev.storium.config.Dialect;
import dev.storium.internal.history.History;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flyway's history table, read only: {@code flyway_schema_history}, one row per migration run (and one for a baseline
 * or a created schema), with its rank, version, description, type, script, checksum and whether it succeeded.
 */
public final class FlywayHistory {
    /** The table's name unless Flyway was told otherwise. */
    public static final String TABLE = History.FLYWAY_TABLE;

    /**
     * One row.
     *
     * @param rank {@code installed_rank}, the order Flyway applied them in
     * @param version the version ({@code 1}, {@code 1.1}), or null for a repeatable migration
     * @param description the description
     * @param type {@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SCHEMA}, ...
     * @param script the script, relative to its location ({@code V1__create_users.sql})
     * @param checksum the checksum recorded, or null (baselines, schemas)
     * @param success whether it succeeded
     */
    public record Row(
            int rank,
            String version,
            String description,
            String type,
            String script,
            Integer checksum,
            boolean success) {
        /** The row as a message names it: {@code installed_rank 3 (version 2, V2__add_posts.sql)}. */
        public String describe() {
            return "installed_rank " + rank + " (" + (version == null ? "repeatable" : "version " + version) + ", "
                    + script + ")";
        }
    }

    private FlywayHistory() {}

    /** True for a name Flyway's settings may give the table or its schema here: letters, digits, {@code _} and {@code $}. */
    public static boolean isName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}");
    }

    private static String quoted(Dialect dialect, String name) {
        return dialect == Dialect.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    /**
     * The rows of the table {@code table} in {@code schema} (null for the connection's own) in {@code installed_rank}
     * order, or empty when the table does not exist. The names are quoted, as Flyway quotes them when it creates the
     * table, so they are matched as written.
     */
    public static Optional<List<Row>> read(Connection connection, Dialect dialect, String schema, String table)
            throws SQLException {
        String sql = "SELECT installed_rank, version, description, type, script, checksum, success FROM "
                + (schema == null ? "" : quoted(dialect, schema) + ".") + quoted(dialect, table)
                + " ORDER BY installed_rank";
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                int checksum = result.getInt(6);
                Integer maybeChecksum = result.wasNull() ? null : checksum;
                rows.add(new Row(
                        result.getInt(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5),
                        maybeChecksum,
                        result.getBoolean(7)));
            }
        } catch (SQLException e) {
            if (History.missingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(rows);
    }
}
