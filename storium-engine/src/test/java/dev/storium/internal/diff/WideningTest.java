package dev.storium.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.Column;
import dev.storium.schema.ColumnType;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WideningTest {

    /** A column from its type text: {@code varchar(10)}, {@code numeric(10,2)}, {@code integer[]}, {@code text}. */
    private static Column column(String text) {
        if (text.endsWith(" unsigned")) {
            Column signed = column(text.substring(0, text.length() - " unsigned".length()));
            return new Column("c", signed.type(), null, null, null, null, true, null, false, null, null, null);
        }
        if (text.endsWith("[]")) {
            ColumnType items =
                    ColumnType.valueOf(text.substring(0, text.length() - 2).toUpperCase(Locale.ROOT));
            return new Column("c", ColumnType.ARRAY, null, null, null, items, false, null, null);
        }
        int open = text.indexOf('(');
        ColumnType type = ColumnType.valueOf((open < 0 ? text : text.substring(0, open)).toUpperCase(Locale.ROOT));
        if (open < 0) {
            return new Column("c", type, null, null, null, null, false, null, null);
        }
        String[] args = text.substring(open + 1, text.length() - 1).split(",");
        if (type == ColumnType.VARCHAR || type == ColumnType.CHAR) {
            return new Column("c", type, Integer.valueOf(args[0]), null, null, null, false, null, null);
        }
        Integer scale = args.length > 1 ? Integer.valueOf(args[1]) : null;
        return new Column("c", type, null, Integer.valueOf(args[0]), scale, null, false, null, null);
    }

    @ParameterizedTest(name = "{0} to {1}: narrowing {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                // varchar lengths
                "varchar(10); varchar(20); false",
                "varchar(20); varchar(20); false",
                "varchar(20); varchar(10); true",
                "varchar(20); varchar; false",
                "varchar; varchar(255); true",
                "varchar(20); text; false",
                "text; varchar(255); true",
                "text; varchar; true",
                // integers
                "integer; bigint; false",
                "date; datetime; false",
                "datetime; date; true",
                "datetime; timestamp; true",
                "timestamp; datetime; true",
                "datetime; text; false",
                "time; text; false",
                // chars
                "char(3); char(5); false",
                "char(3); char(3); false",
                "char(5); char(3); true",
                "char(3); varchar(3); false",
                "char(3); varchar; false",
                "char(5); varchar(4); true",
                "char(3); text; false",
                "varchar(3); char(3); true",
                "varchar(3); char(5); true",
                "text; char(5); true",
                "uuid; char(36); false",
                "uuid; char(35); true",
                "char(36); uuid; true",
                "char(1); boolean; true",
                "text; time; true",
                "varchar(15); time; true",
                "time; varchar(15); true",
                "time; datetime; true",
                "datetime; time; true",
                "time; timestamp; true",
                "time; date; true",
                "binary; text; true",
                "text; binary; true",
                "varchar(10); binary; true",
                "smallint; integer; false",
                "smallint; bigint; false",
                "smallint; serial; false",
                "smallint; numeric(5); false",
                "smallint; numeric(4); true",
                "smallint; real; true",
                "integer; smallint; true",
                "serial; smallint; true",
                "bigint; smallint; true",
                "numeric(4); smallint; false",
                "numeric(5); smallint; true",
                "smallint[]; integer[]; false",
                "integer[]; smallint[]; true",
                "serial; integer; false",
                "integer; serial; false",
                "serial; bigint; false",
                "bigint; integer; true",
                "bigint; serial; true",
                "integer; real; true",
                "bigint; real; true",
                "integer; numeric; false",
                "integer; numeric(10); false",
                "integer; numeric(12,2); false",
                "integer; numeric(9); true",
                "integer; numeric(10,2); true",
                "bigint; numeric; false",
                "bigint; numeric(19); false",
                "bigint; numeric(18); true",
                // numerics
                "numeric(10,2); numeric(12,2); false",
                "numeric(10,2); numeric(12,4); false",
                "numeric(10,2); numeric(12,5); true",
                "numeric(10,2); numeric(10,3); true",
                "numeric(10,2); numeric(9,2); true",
                "numeric(10,2); numeric; false",
                "numeric; numeric(38,10); true",
                "numeric(9); integer; false",
                "numeric(9,0); serial; false",
                "numeric(10); integer; true",
                "numeric(18); bigint; false",
                "numeric(19); bigint; true",
                "numeric(9,2); integer; true",
                "numeric; bigint; true",
                "real; numeric; true",
                "real; numeric(38,10); true",
                "numeric; real; true",
                "real; integer; true",
                // dates and times
                "date; timestamp; false",
                "timestamp; date; true",
                // uuid
                "uuid; varchar(36); false",
                "uuid; varchar(40); false",
                "uuid; varchar; false",
                "uuid; varchar(35); true",
                "uuid; text; false",
                "varchar(36); uuid; true",
                "text; uuid; true",
                // anything to text, nothing to jsonb or boolean
                "boolean; text; false",
                "timestamp; text; false",
                "real; text; false",
                "jsonb; text; false",
                "integer[]; text; false",
                "text; jsonb; true",
                "jsonb; varchar(255); true",
                "integer; boolean; true",
                "boolean; integer; true",
                "text; integer; true",
                // arrays
                "integer[]; bigint[]; false",
                "varchar[]; text[]; false",
                "bigint[]; integer[]; true",
                "text[]; jsonb; true",
                // unsigned whole numbers (MySQL): signed to unsigned of the same width loses the negatives
                "integer; integer unsigned; true",
                "smallint; smallint unsigned; true",
                "bigint; bigint unsigned; true",
                "integer unsigned; integer; true",
                "integer unsigned; bigint; false",
                "integer unsigned; bigint unsigned; false",
                "integer unsigned; serial unsigned; false",
                "smallint unsigned; integer; false",
                "smallint unsigned; smallint; true",
                "smallint unsigned; integer unsigned; false",
                "bigint unsigned; bigint; true",
                "serial unsigned; bigint unsigned; false",
                "serial unsigned; integer unsigned; true",
                "serial; serial unsigned; true",
                "integer unsigned; numeric(10); false",
                "integer unsigned; numeric(9); true",
                "bigint unsigned; numeric(20); false",
                "bigint unsigned; numeric(19); true",
                "bigint unsigned; numeric; false",
                "numeric(9); integer unsigned; true",
                "numeric(4); smallint unsigned; true",
                "integer unsigned; real; true",
                "integer unsigned; text; false",
            })
    void narrowingRules(String from, String to, boolean narrowing) {
        assertThat(Widening.isNarrowing(column(from), column(to))).isEqualTo(narrowing);
    }

    @Test
    void sameTypeWithOtherNullabilityOrDefaultIsNoTypeChange() {
        Column plain = column("varchar(20)");
        Column required = new Column("c", ColumnType.VARCHAR, 20, null, null, null, true, null, null);

        assertThat(Widening.typeChanged(plain, required)).isFalse();
        assertThat(Widening.isNarrowing(required, plain)).isFalse();
    }

    @Test
    void typeTextShowsLengthPrecisionAndItems() {
        assertThat(Widening.typeText(column("varchar(20)"))).isEqualTo("varchar(20)");
        assertThat(Widening.typeText(column("numeric(10,2)"))).isEqualTo("numeric(10,2)");
        assertThat(Widening.typeText(column("numeric(10)"))).isEqualTo("numeric(10)");
        assertThat(Widening.typeText(column("text[]"))).isEqualTo("text[]");
        assertThat(Widening.typeText(column("jsonb"))).isEqualTo("jsonb");
        assertThat(Widening.typeText(column("integer unsigned"))).isEqualTo("integer unsigned");
    }
}
