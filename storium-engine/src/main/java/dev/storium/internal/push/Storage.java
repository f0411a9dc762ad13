package dev.storium.internal.push;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.Locale;

/**
 * The physical storage of a code column on one dialect, as a canonical key: the SQL type the renderer writes
 * (docs/dialects.md), lower case without spaces after commas, with {@code identity} or {@code auto_increment} for
 * serial columns. The catalog readers produce the same key from what the database reports, so a live column and a
 * code column of the same key are stored alike even when the catalog alone cannot tell their Storium types apart
 * (MySQL {@code varchar(36)} for uuid, SQLite {@code text} for json).
 */
final class Storage {
    private Storage() {}

    /** The storage key of a column of {@code table} (the table decides whether a SQLite serial autoincrements). */
    static String of(Dialect dialect, Table table, Column column) {
        switch (dialect) {
            case POSTGRESQL:
                return column.type() == ColumnType.SERIAL ? "integer identity" : standard(column, false);
            case MEMORY:
                return column.type() == ColumnType.SERIAL ? "integer identity" : standard(column, true);
            case MYSQL:
                return mysql(column);
            case SQLITE:
                return sqlite(table, column);
            default:
                throw new IllegalArgumentException("no storage for dialect " + dialect);
        }
    }

    /** PostgreSQL and H2: standard names; H2 stores text as varchar and writes arrays as {@code T array}. */
    private static String standard(Column column, boolean h2) {
        switch (column.type()) {
            case VARCHAR:
                return column.length() == null ? "varchar" : "varchar(" + column.length() + ")";
            case TEXT:
                return h2 ? "varchar" : "text";
            case NUMERIC:
                return numeric("numeric", column, null);
            case JSONB:
                return h2 ? "json" : "jsonb";
            case ARRAY:
                Column item = plain(column.items());
                return standard(item, h2) + (h2 ? " array" : "[]");
            default:
                return basic(column.type());
        }
    }

    private static String mysql(Column column) {
        switch (column.type()) {
            case UUID:
                return "varchar(36)";
            case VARCHAR:
                return "varchar(" + (column.length() == null ? 255 : column.length()) + ")";
            case SERIAL:
                return "int auto_increment";
            case INTEGER:
                return "int";
            case REAL:
                return "double";
            case NUMERIC:
                return numeric("decimal", column, "decimal(65,30)");
            case BOOLEAN:
                return "tinyint(1)";
            case TIMESTAMP:
                return "datetime(6)";
            case JSONB:
            case ARRAY:
                return "json";
            default:
                return basic(column.type());
        }
    }

    private static String sqlite(Table table, Column column) {
        switch (column.type()) {
            case UUID:
                return "varchar(36)";
            case VARCHAR:
                return column.length() == null ? "varchar" : "varchar(" + column.length() + ")";
            case SERIAL:
                return autoincrement(table, column) ? "integer autoincrement" : "integer";
            case NUMERIC:
                // the declared type is kept as written: numeric(p) stays without a scale
                return column.precision() == null
                        ? "numeric"
                        : "numeric(" + column.precision() + (column.scale() == null ? "" : "," + column.scale()) + ")";
            case TEXT:
            case JSONB:
            case ARRAY:
                return "text";
            default:
                return basic(column.type());
        }
    }

    /** True when SQLite writes the column as {@code integer primary key autoincrement}: a lone serial key. */
    static boolean autoincrement(Table table, Column column) {
        return column.type() == ColumnType.SERIAL
                && table.primaryKey().size() == 1
                && table.primaryKey().get(0).equals(column.name());
    }

    private static String numeric(String name, Column column, String unconstrained) {
        if (column.precision() == null) {
            return unconstrained == null ? name : unconstrained;
        }
        return name + "(" + column.precision() + "," + (column.scale() == null ? 0 : column.scale()) + ")";
    }

    private static String basic(ColumnType type) {
        switch (type) {
            case SERIAL:
            case INTEGER:
                return "integer";
            case TIMESTAMP:
                return "timestamp with time zone";
            default:
                return type.name().toLowerCase(Locale.ROOT);
        }
    }

    private static Column plain(ColumnType type) {
        return new Column("item", type, null, null, null, null, false, null, null);
    }

    /** A type name as a key: lower case, single spaces, no spaces inside parentheses. */
    static String canonical(String sqlType) {
        return sqlType.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*\\(\\s*", "(")
                .replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*\\)", ")");
    }
}
