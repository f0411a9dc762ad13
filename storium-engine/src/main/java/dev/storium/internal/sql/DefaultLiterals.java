package dev.storium.internal.sql;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import java.math.BigDecimal;
import java.util.Locale;

/** The literal defaults of number and boolean columns read from their text, refused when they do not fit the type. */
final class DefaultLiterals {
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

    private static StoriumException badLiteral(Column column, String value, String expected) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION,
                "Column " + column.name() + " has the default '" + value + "', which is not a valid "
                        + column.type().name().toLowerCase(Locale.ROOT) + " value: expected " + expected
                        + ". Change the column's defaultValue.");
    }
}
