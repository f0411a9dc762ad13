package dev.storium.internal.store;

import dev.storium.schema.ColumnMeta;
import dev.storium.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The per-type check of the validation pipeline and the normal form of every value a store writes or filters by: uuid
 * {@link UUID}, varchar and text {@link String}, char {@link String} without trailing spaces, integer and serial {@link Integer}, bigint {@link Long}, real
 * {@link Float}, numeric {@link BigDecimal}, boolean {@link Boolean}, timestamp {@link OffsetDateTime} in UTC cut to
 * microseconds, datetime {@link LocalDateTime} cut to microseconds, date {@link LocalDate}, time {@link LocalTime} cut
 * to microseconds, jsonb JSON text ({@link JsonText}), array a {@link List} of item values; an unsigned smallint
 * {@link Integer}, integer {@link Long}, bigint or serial {@link BigInteger}.
 */
final class Values {
    private Values() {}

    /** Why a value does not fit its column, phrased to follow the field name: "must be a string". */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The value in normal form for a column; null stays null. An unsigned whole number is the next wider Java type:
     * smallint {@link Integer} from 0 to 65535, integer {@link Long} from 0 to 4294967295, bigint and serial
     * {@link BigInteger} from 0 to 18446744073709551615.
     */
    static Object normalise(ColumnMeta column, Object value) throws Invalid {
        if (column.unsigned() && value != null) {
            return unsigned(column.type(), value);
        }
        if (column.enumType() != null && value != null) {
            if (value instanceof CharSequence && column.enumType().values().contains(value.toString())) {
                return value.toString();
            }
            throw new Invalid(
                    "must be one of " + String.join(", ", column.enumType().values()));
        }
        return normalise(column.type(), column.items(), value);
    }

    /** An unsigned whole number of a column of this type in normal form. */
    static Object unsigned(ColumnType type, Object value) throws Invalid {
        switch (type) {
            case SMALLINT:
                return value instanceof Integer && (Integer) value >= 0 && (Integer) value <= 0xFFFF
                        ? value
                        : (int) whole(value, 0, 0xFFFFL, "16");
            case INTEGER:
                return value instanceof Long && (Long) value >= 0 && (Long) value <= 0xFFFF_FFFFL
                        ? value
                        : whole(value, 0, 0xFFFF_FFFFL, "32");
            default:
                return unsignedLong(value);
        }
    }

    private static BigInteger unsignedLong(Object value) throws Invalid {
        BigInteger whole;
        try {
            whole = value instanceof BigInteger
                    ? (BigInteger) value
                    : value instanceof Number ? number(value).toBigIntegerExact() : null;
        } catch (ArithmeticException e) {
            whole = null;
        }
        if (whole == null || whole.signum() < 0 || whole.bitLength() > 64) {
            throw unsignedOutOfRange("64");
        }
        return whole;
    }

    /** The value in normal form for a column of this type (and item type, for arrays); null stays null. */
    static Object normalise(ColumnType type, ColumnType items, Object value) throws Invalid {
        if (value == null) {
            return null;
        }
        switch (type) {
            case UUID:
                return uuid(value);
            case VARCHAR:
            case TEXT:
            case ENUM:
                if (value instanceof CharSequence) {
                    return value.toString();
                }
                throw new Invalid("must be a string");
            case CHAR:
                if (value instanceof CharSequence) {
                    return unpadded(value.toString());
                }
                throw new Invalid("must be a string");
            case INTEGER:
            case SERIAL:
                return value instanceof Integer
                        ? value
                        : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "32");
            case SMALLINT:
                return value instanceof Short ? value : (short) whole(value, Short.MIN_VALUE, Short.MAX_VALUE, "16");
            case BIGINT:
                return value instanceof Long ? value : whole(value, Long.MIN_VALUE, Long.MAX_VALUE, "64");
            case REAL:
                return number(value).floatValue();
            case NUMERIC:
                return number(value);
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                throw new Invalid("must be a boolean");
            case TIMESTAMP:
                return timestamp(value);
            case DATETIME:
                return dateTime(value);
            case DATE:
                return date(value);
            case TIME:
                return time(value);
            case JSONB:
                return JsonText.of(value);
            case BINARY:
                if (value instanceof byte[]) {
                    return value;
                }
                throw new Invalid("must be bytes (a byte[])");
            case CUSTOM:
                return value; // a type Storium does not know: the driver decides what it takes
            default:
                return list(items, value);
        }
    }

    /**
     * A char's text without trailing spaces: PostgreSQL and H2 pad a char with them, MySQL takes them off, and a
     * filter by the padded or the bare text finds the same rows.
     */
    static String unpadded(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static UUID uuid(Object value) throws Invalid {
        if (value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof CharSequence && isUuidText(value.toString())) {
            return UUID.fromString(value.toString());
        }
        throw new Invalid("must be a UUID (a java.util.UUID or text such as 123e4567-e89b-12d3-a456-426614174000)");
    }

    /** True for the 8-4-4-4-12 hexadecimal form of a UUID. */
    static boolean isUuidText(String text) {
        return text.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** The value as a whole number within [min, max]; the common boxed integers are checked without BigDecimal. */
    private static long whole(Object value, long min, long max, String bits) throws Invalid {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            if (whole < min || whole > max) {
                throw range(min, bits);
            }
            return whole;
        }
        if (!(value instanceof Number)) {
            throw range(min, bits);
        }
        BigInteger whole;
        try {
            whole = number(value).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw range(min, bits);
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw range(min, bits);
        }
        return whole.longValue();
    }

    private static Invalid range(long min, String bits) {
        return min == 0 ? unsignedOutOfRange(bits) : outOfRange(bits);
    }

    private static Invalid outOfRange(String bits) {
        return new Invalid("must be a whole number within " + bits + " bits");
    }

    private static Invalid unsignedOutOfRange(String bits) {
        return new Invalid("must be a whole number from 0 to "
                + BigInteger.TWO.pow(Integer.parseInt(bits)).subtract(BigInteger.ONE) + " (unsigned, " + bits
                + " bits)");
    }

    private static BigDecimal number(Object value) throws Invalid {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new Invalid("must be a finite number");
            }
            return new BigDecimal(value.toString());
        }
        if (value instanceof Number) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw new Invalid("must be a number");
    }

    private static OffsetDateTime timestamp(Object value) throws Invalid {
        OffsetDateTime time;
        if (value instanceof OffsetDateTime) {
            time = (OffsetDateTime) value;
        } else if (value instanceof ZonedDateTime) {
            time = ((ZonedDateTime) value).toOffsetDateTime();
        } else if (value instanceof Instant) {
            time = ((Instant) value).atOffset(ZoneOffset.UTC);
        } else if (value instanceof LocalDateTime) {
            time = ((LocalDateTime) value).atOffset(ZoneOffset.UTC);
        } else if (value instanceof java.util.Date) {
            time = Instant.ofEpochMilli(((java.util.Date) value).getTime()).atOffset(ZoneOffset.UTC);
        } else if (value instanceof CharSequence) {
            time = parseTimestamp(value.toString());
        } else {
            time = null;
        }
        if (time == null) {
            throw new Invalid("must be a timestamp (an OffsetDateTime, an Instant or ISO-8601 text such as"
                    + " 2024-01-31T12:00:00Z)");
        }
        return utc(time);
    }

    private static LocalDateTime dateTime(Object value) throws Invalid {
        LocalDateTime time = localDateTime(value);
        if (time == null) {
            throw new Invalid("must be a date and time without an offset (a LocalDateTime or ISO-8601 text such as"
                    + " 2024-01-31T12:00:00)");
        }
        return time;
    }

    /**
     * A {@code LocalDateTime}, a {@code java.sql.Timestamp} or text of {@link #parseDateTime} as a date and time cut to
     * the microseconds every database keeps; null for anything else. What the user gives and what a driver reads.
     */
    static LocalDateTime localDateTime(Object value) {
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) value).toLocalDateTime().truncatedTo(ChronoUnit.MICROS);
        }
        return value instanceof CharSequence ? parseDateTime(value.toString()) : null;
    }

    /**
     * ISO-8601 text of a date and time without an offset, with {@code T} or a space, or of a date alone (its midnight,
     * as a date column widened in SQLite keeps it); null when unreadable.
     */
    static LocalDateTime parseDateTime(String text) {
        String iso = text.strip().replace(' ', 'T');
        try {
            return iso.length() == 10
                    ? LocalDate.parse(iso).atStartOfDay()
                    : LocalDateTime.parse(iso).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A timestamp in UTC, cut to the microseconds every database keeps. */
    static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** ISO-8601 text with or without an offset (UTC when none), with {@code T} or a space; null when unreadable. */
    static OffsetDateTime parseTimestamp(String text) {
        String iso = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static LocalDate date(Object value) throws Invalid {
        if (value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate();
        }
        if (value instanceof CharSequence) {
            try {
                return LocalDate.parse(value.toString().strip());
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new Invalid("must be a date (a LocalDate or ISO-8601 text such as 2024-01-31)");
    }

    private static LocalTime time(Object value) throws Invalid {
        LocalTime time = localTime(value);
        if (time == null) {
            throw new Invalid("must be a time of day (a LocalTime or ISO-8601 text such as 08:30:00)");
        }
        return time;
    }

    /**
     * A {@code LocalTime}, a {@code java.sql.Time} or ISO-8601 text ({@code 08:30}, {@code 08:30:00}, {@code
     * 06:45:10.654321}) as a time of day cut to the microseconds every database keeps; null for anything else. What the
     * user gives and what a driver reads.
     */
    static LocalTime localTime(Object value) {
        if (value instanceof LocalTime) {
            return ((LocalTime) value).truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof java.sql.Time) {
            return ((java.sql.Time) value).toLocalTime();
        }
        if (value instanceof CharSequence) {
            try {
                return LocalTime.parse(value.toString().strip()).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static List<Object> list(ColumnType items, Object value) throws Invalid {
        List<Object> elements = new ArrayList<>();
        if (value instanceof Collection) {
            elements.addAll((Collection<?>) value);
        } else if (value.getClass().isArray()
                && !value.getClass().getComponentType().isPrimitive()) {
            elements.addAll(List.of((Object[]) value));
        } else {
            throw new Invalid("must be a list of " + items.name().toLowerCase(Locale.ROOT) + " values");
        }
        List<Object> normal = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            try {
                normal.add(normalise(items, null, elements.get(i)));
            } catch (Invalid e) {
                throw new Invalid("item " + (i + 1) + " " + e.getMessage());
            }
        }
        return normal;
    }
}
