package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Table;
import dev.storium.internal.sql.SqlTypes;
import dev.storium.schema.ColumnType;
import java.util.List;
import java.util.Locale;

/**
 * The physical storage of a code column on one dialect, as a canonical key: the SQL type the renderer writes ({@link
 * SqlTypes}) as the catalog reports it back, lower case without spaces after commas, with {@code identity}, {@code
 * auto_increment} or {@code autoincrement} for serial columns. The catalog readers produce the same key from what the
 * database reports, so a live column and a code column of the same key are stored alike even when the catalog alone
 * cannot tell their Storium types apart (MySQL {@code varchar(36)} for uuid, SQLite {@code text} for json).
 */
final class Storage {
    private Storage() {}

    /** The storage key of a column of {@code table} (the table decides whether a SQLite serial autoincrements). */
    static String of(Dialect dialect, Table table, Column column) {
        if (column.enumType() != null) {
            // exact, not canonical: values keep their case and spaces
            List<String> values = column.enumType().values();
            switch (dialect) {
                case POSTGRESQL:
                    return EnumReading.key(column.enumType().name(), values);
                case SQLITE:
                    return "varchar(" + column.enumType().maxLength() + ") " + EnumReading.key("", values);
                default:
                    return EnumReading.key("", values);
            }
        }
        String type = canonical(SqlTypes.of(dialect, column));
        switch (dialect) {
            case POSTGRESQL:
            case MEMORY:
                return column.type() == ColumnType.SERIAL ? type + " identity" : withScale(type, column);
            case MYSQL:
                if (column.type() == ColumnType.SERIAL) {
                    return type + " auto_increment";
                }
                // MySQL's boolean is a synonym its catalog reports as tinyint(1)
                return column.type() == ColumnType.BOOLEAN ? "tinyint(1)" : withScale(type, column);
            case SQLITE:
                // the declared type is kept as written: numeric(p) stays without a scale
                return autoincrement(table, column) ? type + " autoincrement" : type;
            default:
                throw new IllegalArgumentException("no storage for dialect " + dialect);
        }
    }

    /** True when SQLite writes the column as {@code integer primary key autoincrement}: a lone serial key. */
    private static boolean autoincrement(Table table, Column column) {
        return column.type() == ColumnType.SERIAL
                && table.primaryKey().size() == 1
                && table.primaryKey().get(0).equals(column.name());
    }

    /** A numeric declared with a precision only, as catalogs report it: {@code numeric(12)} is {@code numeric(12,0)}. */
    private static String withScale(String type, Column column) {
        boolean precisionOnly =
                column.type() == ColumnType.NUMERIC && column.precision() != null && column.scale() == null;
        return precisionOnly ? type.replace(")", ",0)") : type;
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
