package dev.storium.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Checks that a column's default is of a kind its type accepts and, for a literal, that the value fits the type. */
final class DefaultRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<ColumnType> NOW_TYPES =
            EnumSet.of(ColumnType.TIMESTAMP, ColumnType.DATETIME, ColumnType.DATE, ColumnType.TIME);

    private DefaultRules() {}

    static void check(String table, ColumnDef c) {
        ColumnDefault d = c.defaultValue;
        if (c.type == ColumnType.SERIAL) {
            throw wrong(table, c, "a serial column numbers itself and takes no default", "remove the default");
        }
        switch (d.kind()) {
            case NOW:
                if (!NOW_TYPES.contains(c.type)) {
                    throw wrong(
                            table,
                            c,
                            "defaultNow() is set on a " + ColumnRules.typeName(c.type)
                                    + " column; only timestamp, datetime, date and time columns can default to now",
                            "remove defaultNow() or make the column TIMESTAMP, DATETIME, DATE or TIME");
                }
                return;
            case RANDOM_UUID:
                if (c.type != ColumnType.UUID) {
                    throw wrong(
                            table,
                            c,
                            "defaultRandomUuid() is set on a " + ColumnRules.typeName(c.type)
                                    + " column; only uuid columns can default to a random UUID",
                            "remove defaultRandomUuid() or make the column UUID");
                }
                return;
            default:
                String problem = literalProblem(c, d.value());
                if (problem != null) {
                    throw wrong(
                            table,
                            c,
                            "the default " + describe(d.value()) + " does not fit "
                                    + (c.type == ColumnType.ENUM ? "an " : "a ")
                                    + ColumnRules.typeName(c.type)
                                    + " column: " + problem,
                            "give a default of the column's type, or remove defaultValue(...)");
                }
        }
    }

    /** Why the literal does not fit the column, or null when it does. */
    private static String literalProblem(ColumnDef c, Object value) {
        switch (c.type) {
            case VARCHAR:
            case TEXT:
                if (!(value instanceof String)) {
                    return "expected a string";
                }
                return c.maxLength != null && ((String) value).length() > c.maxLength
                        ? "it is longer than maxLength " + c.maxLength
                        : null;
            case ENUM:
                return value instanceof String && c.enumType.values().contains(value)
                        ? null
                        : "expected one of the values of enum " + c.enumType.name() + ", " + c.enumType.values();
            case CHAR:
                if (!(value instanceof String)) {
                    return "expected a string";
                }
                if (((String) value).length() > c.maxLength) {
                    return "it is longer than the length " + c.maxLength;
                }
                return ((String) value).endsWith(" ")
                        ? "expected no trailing spaces, which a char pads and reads take off"
                        : null;
            case UUID:
                return value instanceof UUID || isUuid(value)
                        ? null
                        : "expected a UUID such as \"" + new UUID(0, 0) + "\"";
            case INTEGER:
                if (c.unsigned) {
                    return fitsUnsigned(value, 32) ? null : "expected a whole number from 0 to 4294967295";
                }
                return fitsWhole(value, 31) ? null : "expected a whole number from -2147483648 to 2147483647";
            case SMALLINT:
                if (c.unsigned) {
                    return fitsUnsigned(value, 16) ? null : "expected a whole number from 0 to 65535";
                }
                return fitsWhole(value, 15) ? null : "expected a whole number from -32768 to 32767";
            case BIGINT:
                if (c.unsigned) {
                    return fitsUnsigned(value, 64) ? null : "expected a whole number from 0 to 18446744073709551615";
                }
                return fitsWhole(value, 63) ? null : "expected a whole number within 64 bits";
            case REAL:
                return decimal(value) != null ? null : "expected a finite number";
            case NUMERIC:
                return numericProblem(c, decimal(value));
            case BOOLEAN:
                return value instanceof Boolean ? null : "expected true or false";
            case TIMESTAMP:
                return parses(value, OffsetDateTime::parse)
                        ? null
                        : "expected an ISO time such as 2024-01-31T12:00:00Z";
            case DATETIME:
                return parses(value, LocalDateTime::parse)
                        ? null
                        : "expected an ISO date and time without an offset, such as 2024-01-31T12:00:00";
            case DATE:
                return parses(value, LocalDate::parse) ? null : "expected an ISO date such as 2024-01-31";
            case TIME:
                // the databases keep microseconds: a default of nanoseconds would read back other than written
                return parses(value, s -> LocalTime.parse(s).getNano() % 1000 == 0 ? s : null)
                        ? null
                        : "expected a time of day such as 08:30:00 (at most 6 digits after the point)";
            case JSONB:
                return isJson(value) ? null : "expected a string holding JSON text";
            case BINARY:
                return "binary columns take no literal default";
            default:
                return "array columns take no literal default";
        }
    }

    private static String numericProblem(ColumnDef c, BigDecimal number) {
        if (number == null) {
            return "expected a finite number";
        }
        if (c.precision == null) {
            return null;
        }
        int scale = c.scale == null ? 0 : c.scale;
        BigDecimal trimmed = number.stripTrailingZeros();
        int integerDigits = Math.max(trimmed.precision() - trimmed.scale(), 0);
        if (trimmed.scale() > scale || integerDigits > c.precision - scale) {
            return "expected at most " + (c.precision - scale) + " digits before and " + scale + " after the point";
        }
        return null;
    }

    private static boolean fitsWhole(Object value, int bits) {
        BigDecimal number = decimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return false;
        }
        BigInteger whole = number.toBigIntegerExact();
        return whole.bitLength() <= bits;
    }

    private static boolean fitsUnsigned(Object value, int bits) {
        BigDecimal number = decimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.signum() < 0) {
            return false;
        }
        return number.toBigIntegerExact().bitLength() <= bits;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null;
    }

    private static boolean isUuid(Object value) {
        return parses(value, s -> UUID.fromString(s).toString().equalsIgnoreCase(s) ? s : null);
    }

    private static boolean parses(Object value, java.util.function.Function<String, Object> parser) {
        if (!(value instanceof String)) {
            return false;
        }
        try {
            return parser.apply((String) value) != null;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isJson(Object value) {
        if (!(value instanceof String)) {
            return false;
        }
        try {
            return !JSON.readTree((String) value).isMissingNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String describe(Object value) {
        return value instanceof String
                ? "\"" + value + "\""
                : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static RuntimeException wrong(String table, ColumnDef c, String problem, String fix) {
        return DefinitionError.column(table, c.key, problem, fix);
    }
}
