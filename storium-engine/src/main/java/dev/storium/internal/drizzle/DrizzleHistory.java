package dev.storium.internal.drizzle;

import dev.storium.config.Dialect;
import dev.storium.internal.history.History;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * drizzle-orm's history table, read only: {@code __drizzle_migrations} with {@code id}, {@code hash} (the SHA-256 of
 * the SQL file) and {@code created_at} (the journal entry's {@code when}), in schema {@code drizzle} on PostgreSQL.
 * The migrator runs a file when its {@code when} is above the greatest {@code created_at} recorded, so a file older
 * than the last one applied is skipped, never run.
 */
public final class DrizzleHistory {
    /** The table's name, as drizzle-orm's migrators create it unless told otherwise. */
    public static final String TABLE = History.DRIZZLE_TABLE;

    /**
     * One row.
     *
     * @param id the row's id, or null (drizzle's SQLite table declares it {@code SERIAL}, which SQLite leaves empty)
     * @param hash the SHA-256 of the file as it was applied
     * @param createdAt the file's journal {@code when}
     */
    public record Row(Long id, String hash, long createdAt) {
        public Row {
            Objects.requireNonNull(hash, "hash");
        }

        /** The row as a message names it: {@code id 3 (created_at 1717171717171)}. */
        public String describe() {
            return (id == null ? "the row" : "row id " + id) + " with created_at " + createdAt;
        }
    }

    private DrizzleHistory() {}

    /** The table as the dialect's SQL names it: {@code drizzle.__drizzle_migrations} on PostgreSQL. */
    public static String qualifiedName(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "drizzle." + TABLE : TABLE;
    }

    /** The rows in {@code created_at} order, or empty when the table does not exist. */
    public static Optional<List<Row>> read(Connection connection, Dialect dialect) throws SQLException {
        String sql = "SELECT id, hash, created_at FROM " + qualifiedName(dialect) + " ORDER BY created_at, id";
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                long id = result.getLong(1);
                Long maybeId = result.wasNull() ? null : id;
                String createdAt = result.getString(3);
                rows.add(new Row(maybeId, result.getString(2), createdAt == null ? -1 : parse(createdAt)));
            }
        } catch (SQLException e) {
            if (History.missingTable(e) || missingSchema(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(rows);
    }

    /** {@code created_at}: a bigint, or on SQLite a numeric that the driver may give as {@code 1.7e12} text. */
    private static long parse(String text) {
        return new java.math.BigDecimal(text.strip()).longValueExact();
    }

    /** PostgreSQL reports a missing schema {@code drizzle} as 3F000. */
    private static boolean missingSchema(SQLException e) {
        return "3F000".equals(e.getSQLState());
    }
}
