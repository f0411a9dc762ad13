package dev.storium.internal.sql;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The literal defaults of number, boolean and time columns read from their text, refused when they do not fit the
 * type.
 */
final class DefaultLiterals {
    private static final DateTimeFormatter CLOCK = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .toFormatter();

    private DefaultLiterals() {}

    /** The number written plainly, such as {@code 10.50} for {@code " 10.50"}. */
    static String number(Column column, String value) {
        try {
            return new BigDecimal(value.trim()).toPlainString();
        } catch (NumberFormatException e) {
            throw badLiteral(column, value, "a number");
        }
    }

    /** The boolean that {@code true}, {@code false}, {@code 1} or {@code 0} (any case) stands for. */
    static boolean bool(Column column, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("0")) {
            return false;
        }
        throw badLiteral(column, value, "true or false");
    }

    /**
     * The time of day written with its seconds and at most the microseconds that are not zero: {@code 08:30:00} for
     * {@code 08:30}, {@code 06:45:10.65} for {@code 06:45:10.650}.
     */
    static String time(Column column, String value) {
        try {
            return CLOCK.format(LocalTime.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw badLiteral(column, value, "a time of day such as 08:30:00");
        }
    }

    private static StoriumException badLiteral(Column column, String value, String expected) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION,
                "Column " + column.name() + " has the default '" + value + "', which is not a valid "
                        + column.type().name().toLowerCase(Locale.ROOT) + " value: expected " + expected
                        + ". Change the column's defaultValue.");
    }
}
