package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.sql.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Whether a table holds rows: what push and check ask before they call adding a NOT NULL column destructive. */
public final class TableRows {
    private TableRows() {}

    /** True when {@code table} of the connection's database holds a row. */
    public static boolean any(Connection connection, Dialect dialect, String table) {
        String quoted = Identifiers.qualified(dialect, table);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM " + quoted + " LIMIT 1")) {
            return rows.next();
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not tell whether table " + table + " holds rows: " + e.getMessage()
                            + ". Check the connection and run again.",
                    e);
        }
    }
}
