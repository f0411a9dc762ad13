package dev.storium.internal.catalog;

import dev.storium.internal.model.Column;
import dev.storium.schema.ColumnType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Storium type a storage key (see {@link Storage}) reads as when no code column says otherwise: the reading whose
 * own storage key is that key. Keys outside Storium's mapping read as the nearest type (mediumint as integer, double
 * precision as real, longtext as text, any other unknown type as text).
 */
final class TypeReading {
    private static final Pattern ZONED = Pattern.compile("(timestamp|time)\\(\\d+\\) (with(?:out)? time zone)");
    private static final Pattern SIZED = Pattern.compile("([a-z ]+)\\((\\d+)(?:,(\\d+))?\\)");

    private TypeReading() {}

    /** A column read from the catalog: name, storage key, nullability and default expression as reported. */
    static Column column(String name, String key, boolean notNull, String defaultSql, boolean backslashEscapes) {
        return column(name, key, notNull, defaultSql, backslashEscapes, null);
    }

    /** A column read from the catalog with its own collation (null for the table's default). */
    static Column column(
            String name, String key, boolean notNull, String defaultSql, boolean backslashEscapes, String collation) {
        // MySQL's unsigned whole numbers: int unsigned, bigint unsigned auto_increment
        boolean unsigned = key.contains(" unsigned");
        Column typed = typed(name, key.replace(" unsigned", ""));
        boolean serial = typed.type() == ColumnType.SERIAL;
        boolean whole = serial
                || typed.type() == ColumnType.SMALLINT
                || typed.type() == ColumnType.INTEGER
                || typed.type() == ColumnType.BIGINT;
        return new Column(
                name,
                typed.type(),
                typed.length(),
                typed.precision(),
                typed.scale(),
                typed.items(),
                unsigned && whole,
                // only text has a collation of the model's (MariaDB's json is longtext in utf8mb4_bin)
                typed.type() == ColumnType.VARCHAR || typed.type() == ColumnType.TEXT ? collation : null,
                notNull || serial,
                serial ? null : DefaultSql.parse(defaultSql, typed.type(), backslashEscapes),
                null,
                null);
    }

    private static Column typed(String name, String key) {
        if (key.endsWith("[]") || key.endsWith(" array")) {
            String item = key.endsWith("[]")
                    ? key.substring(0, key.length() - 2)
                    : key.substring(0, key.length() - " array".length());
            ColumnType itemType = typed(name, item).type();
            return of(
                    name,
                    ColumnType.ARRAY,
                    null,
                    null,
                    null,
                    itemType == ColumnType.ARRAY ? ColumnType.TEXT : itemType);
        }
        Matcher zoned = ZONED.matcher(key);
        if (zoned.matches()) {
            // PostgreSQL: timestamp(3) with time zone, time(6) without time zone; the precision is not part of the
            // model
            return typed(name, zoned.group(1) + " " + zoned.group(2));
        }
        Matcher sized = SIZED.matcher(key);
        if (sized.matches()) {
            String base = sized.group(1).trim();
            int first = Integer.parseInt(sized.group(2));
            Integer second = sized.group(3) == null ? null : Integer.valueOf(sized.group(3));
            switch (base) {
                case "varchar":
                case "character varying":
                    return of(name, ColumnType.VARCHAR, first, null, null, null);
                case "char":
                case "character":
                case "bpchar":
                    return of(name, ColumnType.CHAR, first, null, null, null);
                case "numeric":
                case "decimal":
                    return of(name, ColumnType.NUMERIC, null, first, second, null);
                case "tinyint":
                    return of(name, first == 1 ? ColumnType.BOOLEAN : ColumnType.INTEGER, null, null, null, null);
                default:
                    return typed(name, base);
            }
        }
        if (key.equals("char") || key.equals("character")) {
            return of(name, ColumnType.CHAR, 1, null, null, null); // SQL's char is char(1); PostgreSQL's bpchar is text
        }
        return of(name, plainType(key), null, null, null, null);
    }

    private static ColumnType plainType(String key) {
        switch (key) {
            case "integer identity":
            case "bigint identity":
            case "int auto_increment":
            case "bigint auto_increment":
            case "integer autoincrement":
                return ColumnType.SERIAL;
            case "uuid":
                return ColumnType.UUID;
            case "varchar":
            case "character varying":
                return ColumnType.VARCHAR;
            case "int":
            case "integer":
            case "int4":
            case "mediumint":
            case "tinyint":
                return ColumnType.INTEGER;
            case "smallint":
            case "int2":
                return ColumnType.SMALLINT;
            case "bigint":
            case "int8":
                return ColumnType.BIGINT;
            case "real":
            case "double":
            case "double precision":
            case "float":
                return ColumnType.REAL;
            case "numeric":
            case "decimal":
                return ColumnType.NUMERIC;
            case "boolean":
            case "bool":
                return ColumnType.BOOLEAN;
            case "timestamp with time zone":
            case "timestamp":
            case "datetime":
                return ColumnType.TIMESTAMP;
            case "timestamp without time zone":
                return ColumnType.DATETIME;
            case "date":
                return ColumnType.DATE;
            case "time":
            case "time without time zone":
                // time with time zone is not Storium's time: it reads as text, so a change to it is drift
                return ColumnType.TIME;
            case "jsonb":
            case "json":
                return ColumnType.JSONB;
            case "bytea":
            case "blob":
            case "tinyblob":
            case "mediumblob":
            case "longblob":
            case "varbinary":
            case "binary varying":
            case "binary large object":
                return ColumnType.BINARY;
            default:
                return ColumnType.TEXT;
        }
    }

    private static Column of(
            String name, ColumnType type, Integer length, Integer precision, Integer scale, ColumnType items) {
        return new Column(name, type, length, precision, precision == null ? null : scale, items, false, null, null);
    }
}
