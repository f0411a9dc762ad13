package dev.storium.internal.drizzle;

import dev.storium.config.Dialect;
import dev.storium.internal.model.EnumType;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drizzle-kit snapshot's column type ({@code varchar(255)}, {@code timestamp with time zone}, {@code int unsigned},
 * {@code enum('a','b')}, an enum's name...) as a Storium column type. A type with no Storium counterpart becomes a
 * custom column of that SQL type ({@link ColumnType#CUSTOM}); the caller warns about it.
 */
final class DrizzleTypes {
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)");
    private static final Pattern MYSQL_ENUM = Pattern.compile("enum\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    /**
     * A converted type.
     *
     * @param type the Storium type
     * @param length the varchar or char length, or null
     * @param precision the numeric precision, or null
     * @param scale the numeric scale, or null
     * @param items an array's item type, or null
     * @param unsigned MySQL's unsigned
     * @param enumType an enum column's enum, or null
     * @param customSql a custom column's SQL type, or null
     * @param note what the conversion left out, to warn about, or null
     */
    record Typed(
            ColumnType type,
            Integer length,
            Integer precision,
            Integer scale,
            ColumnType items,
            boolean unsigned,
            EnumType enumType,
            String customSql,
            String note) {
        static Typed of(ColumnType type) {
            return new Typed(type, null, null, null, null, false, null, null, null);
        }

        Typed withNote(String text) {
            return new Typed(type, length, precision, scale, items, unsigned, enumType, customSql, text);
        }

        Typed asUnsigned() {
            return new Typed(type, length, precision, scale, items, true, enumType, customSql, note);
        }
    }

    private DrizzleTypes() {}

    /**
     * The Storium type of drizzle's {@code type} on {@code dialect}; {@code enums} are a PostgreSQL snapshot's enums by
     * {@code schema.name}, {@code typeSchema} the column's (null for no enum), {@code enumName} the name a MySQL enum
     * column's enum gets.
     */
    static Typed of(Dialect dialect, String type, String typeSchema, Map<String, EnumType> enums, String enumName) {
        String key = type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (typeSchema != null && enums.containsKey(typeSchema + "." + type)) {
            EnumType enumType = enums.get(typeSchema + "." + type);
            return new Typed(ColumnType.ENUM, null, null, null, null, false, enumType, null, null);
        }
        if (dialect == Dialect.POSTGRESQL && key.endsWith("[]")) {
            Typed item = of(dialect, type.strip().substring(0, type.strip().length() - 2), null, enums, enumName);
            if (item.customSql() != null || item.type() == ColumnType.ENUM || item.length() != null) {
                return custom(type, "arrays of " + type.substring(0, type.length() - 2) + " are not Storium's");
            }
            return new Typed(ColumnType.ARRAY, null, null, null, item.type(), false, null, null, null);
        }
        if (dialect == Dialect.MYSQL) {
            Matcher enumMatch = MYSQL_ENUM.matcher(type.strip());
            if (enumMatch.matches()) {
                List<String> values = new ArrayList<>();
                Matcher value = QUOTED.matcher(enumMatch.group(1));
                while (value.find()) {
                    values.add(value.group(1).replace("''", "'"));
                }
                return new Typed(
                        ColumnType.ENUM, null, null, null, null, false, new EnumType(enumName, values), null, null);
            }
            if (key.endsWith(" unsigned")) {
                Typed signed = of(dialect, key.substring(0, key.length() - " unsigned".length()), null, enums, null);
                return signed.customSql() != null ? custom(type, null) : signed.asUnsigned();
            }
        }
        Matcher sized = SIZED.matcher(key);
        if (sized.matches()) {
            return sized(dialect, type, sized);
        }
        ColumnType plain = plain(dialect, key);
        return plain == null ? custom(type, null) : Typed.of(plain);
    }

    private static Typed sized(Dialect dialect, String type, Matcher sized) {
        String base = sized.group(1).strip();
        int first = Integer.parseInt(sized.group(2));
        Integer second = sized.group(3) == null ? null : Integer.valueOf(sized.group(3));
        String rest = sized.group(4).strip();
        if ((base.equals("timestamp") || base.equals("time")) && dialect == Dialect.POSTGRESQL) {
            Typed unsized = Typed.of(plain(dialect, (base + " " + rest).strip()));
            return unsized.type() == null
                    ? custom(type, null)
                    : unsized.withNote("its precision (" + first + ") is not part of Storium's model");
        }
        if (!rest.isEmpty()) {
            return custom(type, null);
        }
        switch (base) {
            case "varchar":
            case "character varying":
                return new Typed(ColumnType.VARCHAR, first, null, null, null, false, null, null, null);
            case "text":
                return dialect == Dialect.SQLITE
                        ? new Typed(ColumnType.VARCHAR, first, null, null, null, false, null, null, null)
                        : custom(type, null);
            case "char":
            case "character":
                return new Typed(ColumnType.CHAR, first, null, null, null, false, null, null, null);
            case "numeric":
            case "decimal":
                return new Typed(ColumnType.NUMERIC, null, first, second, null, false, null, null, null);
            case "timestamp":
            case "datetime":
            case "time":
                ColumnType unsized = plain(dialect, base);
                return Typed.of(unsized).withNote("its precision (" + first + ") is not part of Storium's model");
            default:
                return custom(type, null);
        }
    }

    /** The Storium type of a type without arguments, or null when Storium has none for it on {@code dialect}. */
    private static ColumnType plain(Dialect dialect, String key) {
        switch (key) {
            case "serial":
                return ColumnType.SERIAL;
            case "integer":
            case "int":
                return ColumnType.INTEGER;
            case "smallint":
                return ColumnType.SMALLINT;
            case "bigint":
                return ColumnType.BIGINT;
            case "text":
                return ColumnType.TEXT;
            case "varchar":
                return ColumnType.VARCHAR;
            case "numeric":
            case "decimal":
                return ColumnType.NUMERIC;
            case "boolean":
                return ColumnType.BOOLEAN;
            case "date":
                return ColumnType.DATE;
            case "real":
                return dialect == Dialect.MYSQL ? null : ColumnType.REAL;
            case "double":
                return dialect == Dialect.MYSQL ? ColumnType.REAL : null;
            default:
                return dialect == Dialect.POSTGRESQL ? postgresPlain(key) : otherPlain(dialect, key);
        }
    }

    private static ColumnType postgresPlain(String key) {
        switch (key) {
            case "uuid":
                return ColumnType.UUID;
            case "timestamp with time zone":
            case "timestamptz":
                return ColumnType.TIMESTAMP;
            case "timestamp":
            case "timestamp without time zone":
                return ColumnType.DATETIME;
            case "time":
            case "time without time zone":
                return ColumnType.TIME;
            case "jsonb":
                return ColumnType.JSONB;
            case "bytea":
                return ColumnType.BINARY;
            default:
                return null;
        }
    }

    private static ColumnType otherPlain(Dialect dialect, String key) {
        if (dialect == Dialect.MYSQL) {
            switch (key) {
                case "timestamp":
                    return ColumnType.TIMESTAMP;
                case "datetime":
                    return ColumnType.DATETIME;
                case "time":
                    return ColumnType.TIME;
                case "json":
                    return ColumnType.JSONB;
                case "longblob":
                    return ColumnType.BINARY;
                default:
                    return null;
            }
        }
        return key.equals("blob") ? ColumnType.BINARY : null;
    }

    private static Typed custom(String type, String why) {
        return new Typed(ColumnType.CUSTOM, null, null, null, null, false, null, type.strip(), why);
    }
}
