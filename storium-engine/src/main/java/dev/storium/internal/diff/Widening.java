package dev.storium.internal.diff;

import dev.storium.internal.model.Column;
import dev.storium.schema.ColumnType;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a column's type change can lose data. A type change is any difference in type, varchar or char
 * length, numeric precision or scale, or array item type; nullability and defaults are not part of the type. A type
 * change is a <em>widening</em> when every value the old type can hold survives in the new one, and a
 * <em>narrowing</em> otherwise. The widenings, every other type change being a narrowing:
 *
 * <table>
 *   <caption>Type changes that keep every value</caption>
 *   <tr><th>from</th><th>to</th><th>why</th></tr>
 *   <tr><td>varchar(n)</td><td>varchar(m), m &ge; n; or varchar without length</td><td>longer limit</td></tr>
 *   <tr><td>numeric(p,s)</td><td>numeric(p',s'), s' &ge; s and p'-s' &ge; p-s; or numeric without precision</td>
 *       <td>as many digits before and after the point</td></tr>
 *   <tr><td>a whole number (smallint, integer, serial, bigint, signed or unsigned)</td><td>a whole number whose
 *       range holds the old one's</td><td>smallint 16 bits, integer and serial 32 (an unsigned serial is MySQL's
 *       {@code bigint unsigned}, 64), bigint 64; unsigned from 0 to twice the signed maximum: integer to bigint or
 *       to unsigned bigint keeps every value, unsigned integer to bigint too, but integer to unsigned integer loses
 *       the negatives</td></tr>
 *   <tr><td>a whole number</td><td>numeric without precision, or numeric(p,s) with p-s at least the digits of its
 *       largest magnitude</td><td>5 digits for smallint, 10 for integer, 19 for bigint, 20 for unsigned bigint</td></tr>
 *   <tr><td>numeric(p) or numeric(p,0)</td><td>a whole number whose range holds &plusmn;(10<sup>p</sup>-1): smallint
 *       when p &le; 4, integer or serial when p &le; 9, bigint when p &le; 18; never an unsigned one</td>
 *       <td>whole numbers of that many digits fit</td></tr>
 *   <tr><td>date</td><td>timestamp, datetime</td><td>a date is midnight of that day</td></tr>
 *   <tr><td>char(n)</td><td>char(m) or varchar(m), m &ge; n; or varchar without length</td>
 *       <td>n characters, the padding being no part of the value</td></tr>
 *   <tr><td>uuid</td><td>varchar(m) or char(m), m &ge; 36, or varchar without length</td><td>36 characters</td></tr>
 *   <tr><td>any type, jsonb and arrays included</td><td>text</td>
 *       <td>every value keeps its text form (PostgreSQL casts jsonb and arrays to text losslessly; MySQL and SQLite
 *       already store them as text)</td></tr>
 *   <tr><td>array of a</td><td>array of b</td><td>when a to b is a widening</td></tr>
 *   <tr><td>enum</td><td>an enum with every value (a value renamed by a hint counts as kept); varchar(m) or char(m),
 *       m at least its longest value, or varchar without length</td><td>every value is still allowed</td></tr>
 * </table>
 *
 * <p>Narrowings include, among others: text or varchar to a shorter varchar, anything to uuid, to jsonb, to boolean,
 * to date; varchar or text to char, even a long enough one (a char does not keep trailing spaces); real to numeric (a
 * float's digits beyond its precision are not stored, and NaN has no numeric form); integer or bigint to real (real
 * keeps 24 bits of mantissa); bigint to integer; timestamp to date; a time of day to or from any type but text (to
 * text it widens). Every change to, from or between custom types (a changed SQL type text) is a narrowing: Storium
 * cannot know what they hold. A column that becomes generated, or stops being generated, loses its values; a generated
 * column whose expression or kind changes is computed again, which loses nothing of the user's.
 */
public final class Widening {
    private Widening() {}

    /**
     * True when the two columns differ in type, length, precision, scale, item type or signedness, in a custom
     * column's SQL type text, or in how they are generated (a generated column is dropped and added again).
     */
    static boolean typeChanged(Column from, Column to) {
        return storageChanged(from, to) || !Objects.equals(from.generated(), to.generated());
    }

    /** True when the columns differ in what they hold, generation aside. */
    private static boolean storageChanged(Column from, Column to) {
        return from.type() != to.type()
                || !Objects.equals(from.length(), to.length())
                || !Objects.equals(from.precision(), to.precision())
                || !Objects.equals(from.scale(), to.scale())
                || from.items() != to.items()
                || from.unsigned() != to.unsigned()
                || (from.enumType() != null && !from.enumType().sameDefinition(to.enumType()))
                || !Objects.equals(from.sqlTypes(), to.sqlTypes());
    }

    /** True when the type changes and the new type cannot hold every value of the old one. */
    static boolean isNarrowing(Column from, Column to) {
        if ((from.generated() == null) != (to.generated() == null)) {
            // written values replaced by computed ones, or computed values dropped with the expression
            return true;
        }
        return storageChanged(from, to) && !widens(from, to);
    }

    private static boolean widens(Column from, Column to) {
        ColumnType a = from.type();
        ColumnType b = to.type();
        if (a == ColumnType.CUSTOM || b == ColumnType.CUSTOM) {
            // Storium does not know what a custom type holds: any change to, from or between them may lose data
            return false;
        }
        if (a == ColumnType.BINARY || b == ColumnType.BINARY) {
            // bytes are not text: a database may refuse, or mangle, bytes that are no valid text, and text to bytes
            // depends on each database's conversion
            return a == b;
        }
        if (b == ColumnType.TEXT) {
            return true;
        }
        if (a == ColumnType.ENUM) {
            return enumWidens(from, to);
        }
        if (a == ColumnType.ARRAY && b == ColumnType.ARRAY) {
            return from.items() == to.items()
                    || (from.items() != ColumnType.ARRAY
                            && to.items() != ColumnType.ARRAY
                            && widens(plain(from.items()), plain(to.items())));
        }
        if (a == ColumnType.VARCHAR && b == ColumnType.VARCHAR) {
            return to.length() == null || (from.length() != null && to.length() >= from.length());
        }
        if (a == ColumnType.UUID && b == ColumnType.VARCHAR) {
            return to.length() == null || to.length() >= 36;
        }
        if (a == ColumnType.CHAR && (b == ColumnType.CHAR || b == ColumnType.VARCHAR)) {
            // the padding is no part of the value: a char(n) holds at most n characters without it
            return to.length() == null || to.length() >= from.length();
        }
        if (a == ColumnType.UUID && b == ColumnType.CHAR) {
            return to.length() >= 36;
        }
        if (a == ColumnType.NUMERIC && b == ColumnType.NUMERIC) {
            return numericWidens(from, to);
        }
        BigInteger[] fromRange = range(from);
        if (fromRange != null) {
            BigInteger[] toRange = range(to);
            if (toRange != null) {
                return toRange[0].compareTo(fromRange[0]) <= 0 && toRange[1].compareTo(fromRange[1]) >= 0;
            }
            return holdsDigits(
                    to, fromRange[0].negate().max(fromRange[1]).toString().length());
        }
        BigInteger[] toRange = range(to);
        if (a == ColumnType.NUMERIC && from.precision() != null && scale(from) == 0 && toRange != null) {
            BigInteger largest = BigInteger.TEN.pow(from.precision()).subtract(BigInteger.ONE);
            return toRange[0].compareTo(largest.negate()) <= 0 && toRange[1].compareTo(largest) >= 0;
        }
        return a == ColumnType.DATE && (b == ColumnType.TIMESTAMP || b == ColumnType.DATETIME);
    }

    /**
     * The smallest and largest value of a whole-number column, or null for other types: smallint 16 bits, integer and
     * serial 32, bigint 64, an unsigned serial 64 (MySQL's {@code bigint unsigned auto_increment}); unsigned from 0.
     */
    private static BigInteger[] range(Column column) {
        int bits;
        switch (column.type()) {
            case SMALLINT:
                bits = 16;
                break;
            case INTEGER:
                bits = 32;
                break;
            case SERIAL:
                bits = column.unsigned() ? 64 : 32;
                break;
            case BIGINT:
                bits = 64;
                break;
            default:
                return null;
        }
        if (column.unsigned()) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE)};
        }
        BigInteger half = BigInteger.TWO.pow(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }

    private static boolean enumWidens(Column from, Column to) {
        if (to.type() == ColumnType.ENUM) {
            Map<String, String> renames = to.enumType().renamesFrom(from.enumType());
            return from.enumType().values().stream()
                    .map(v -> renames.getOrDefault(v, v))
                    .allMatch(to.enumType().values()::contains);
        }
        int longest = from.enumType().maxLength();
        return (to.type() == ColumnType.VARCHAR && (to.length() == null || to.length() >= longest))
                || (to.type() == ColumnType.CHAR && to.length() >= longest);
    }

    private static boolean numericWidens(Column from, Column to) {
        if (to.precision() == null) {
            return true;
        }
        if (from.precision() == null) {
            return false;
        }
        int integerDigitsFrom = from.precision() - scale(from);
        int integerDigitsTo = to.precision() - scale(to);
        return scale(to) >= scale(from) && integerDigitsTo >= integerDigitsFrom;
    }

    /** True when {@code to} is a numeric column with at least {@code digits} digits before the point. */
    private static boolean holdsDigits(Column to, int digits) {
        return to.type() == ColumnType.NUMERIC && (to.precision() == null || to.precision() - scale(to) >= digits);
    }

    private static int scale(Column column) {
        return column.scale() == null ? 0 : column.scale();
    }

    private static Column plain(ColumnType type) {
        return new Column("item", type, null, null, null, null, false, null, null);
    }

    /** The column's type as people read it, such as {@code varchar(255)}, {@code numeric(10,2)} or {@code text[]}. */
    public static String typeText(Column column) {
        String base = column.type().name().toLowerCase(Locale.ROOT);
        if (column.type() == ColumnType.CUSTOM) {
            // a model diffed for one dialect holds that dialect's type only
            return column.sqlTypes().size() == 1
                    ? column.sqlTypes().values().iterator().next()
                    : "custom";
        }
        if (column.type() == ColumnType.ARRAY) {
            return column.items().name().toLowerCase(Locale.ROOT) + "[]";
        }
        if (column.enumType() != null) {
            return "enum " + column.enumType().name() + "("
                    + String.join(", ", column.enumType().values()) + ")";
        }
        if (column.length() != null) {
            return base + "(" + column.length() + ")";
        }
        if (column.precision() != null) {
            return base + "(" + column.precision() + (column.scale() == null ? "" : "," + column.scale()) + ")";
        }
        return column.unsigned() ? base + " unsigned" : base;
    }
}
