package dev.storium.internal.history;

import dev.storium.config.Redaction;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A table that has the history table's name but not its columns: another tool's table, said as such. */
final class HistoryShape {
    /** The columns of the history table, as {@link History#createStatement} makes them. */
    static final List<String> COLUMNS =
            List.of("tag", "sha256", "journal_when", "applied_at", "execution_ms", "success");

    private HistoryShape() {}

    /**
     * Throws a {@code DATABASE} failure naming {@code migrationsTable} when {@code table} exists without the columns
     * of a history table; returns when it has them, or its columns cannot be read (the caller's failure stands).
     */
    static void refuseOther(Connection connection, String table) {
        List<String> found;
        String database;
        try {
            found = columns(connection.getMetaData(), connection.getCatalog(), table);
            database = Redaction.url(connection.getMetaData().getURL());
        } catch (SQLException unreadable) {
            return;
        }
        Set<String> lower = new LinkedHashSet<>();
        found.forEach(column -> lower.add(column.toLowerCase(Locale.ROOT)));
        if (found.isEmpty() || lower.containsAll(COLUMNS)) {
            return;
        }
        throw new StoriumException(
                ErrorCode.DATABASE,
                "The table " + table + " of " + database + " is not a Storium history table: it has the columns "
                        + String.join(", ", found) + ", where a history table has " + String.join(", ", COLUMNS)
                        + ". It may belong to another tool: leave it as it is. Nothing was changed. Fix: set"
                        + " `migrationsTable` (-Dstorium.migrationsTable, <migrationsTable> in the plugin"
                        + " configuration or the config file) to a name no table of this database uses, such as"
                        + " storium_history; or, when Storium migrated this database under another history table"
                        + " name, to that name.");
    }

    /** The columns of {@code table} (optionally schema-qualified), trying its name as written, upper and lower case. */
    private static List<String> columns(DatabaseMetaData meta, String catalog, String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        for (String candidate : List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(catalog, schema, candidate, null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
            if (!columns.isEmpty()) {
                return columns;
            }
        }
        return List.of();
    }
}
