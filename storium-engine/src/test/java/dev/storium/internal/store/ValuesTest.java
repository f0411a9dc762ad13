package dev.storium.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Whole numbers: the boxed integers take a short path past BigDecimal, and must land on the same answers. */
class ValuesTest {
    @Test
    void integerColumnsTakeEveryWholeNumberWithin32Bits() throws Exception {
        assertThat(normal(ColumnType.INTEGER, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(normal(ColumnType.INTEGER, (long) Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(normal(ColumnType.SERIAL, (short) -7)).isEqualTo(-7);
        assertThat(normal(ColumnType.INTEGER, (byte) 3)).isEqualTo(3);
        assertThat(normal(ColumnType.INTEGER, new BigDecimal("12.000"))).isEqualTo(12);
        assertThat(normal(ColumnType.INTEGER, 12.0)).isEqualTo(12);
        assertThat(normal(ColumnType.INTEGER, new AtomicLong(5))).isEqualTo(5);
    }

    @Test
    void integerColumnsRefuseWhatDoesNotFit() {
        for (Object value : new Object[] {
            (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE - 1, 1.5, new BigDecimal("1e40"), "7", true
        }) {
            assertThatThrownBy(() -> normal(ColumnType.INTEGER, value))
                    .as("%s (%s)", value, value.getClass().getSimpleName())
                    .hasMessage("must be a whole number within 32 bits");
        }
    }

    @Test
    void bigintColumnsTakeEveryWholeNumberWithin64BitsAndNoMore() throws Exception {
        assertThat(normal(ColumnType.BIGINT, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(normal(ColumnType.BIGINT, 42)).isEqualTo(42L);
        assertThat(normal(ColumnType.BIGINT, BigInteger.valueOf(Long.MAX_VALUE)))
                .isEqualTo(Long.MAX_VALUE);
        for (Object value : new Object[] {BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), 0.5, "1"}) {
            assertThatThrownBy(() -> normal(ColumnType.BIGINT, value))
                    .as("%s", value)
                    .hasMessage("must be a whole number within 64 bits");
        }
    }

    @Test
    void smallintColumnsTakeEveryWholeNumberWithin16BitsAsShorts() throws Exception {
        assertThat(normal(ColumnType.SMALLINT, 32767)).isEqualTo((short) 32767);
        assertThat(normal(ColumnType.SMALLINT, -32768L)).isEqualTo((short) -32768);
        assertThat(normal(ColumnType.SMALLINT, (short) 5)).isEqualTo((short) 5);
        assertThat(normal(ColumnType.SMALLINT, new BigDecimal("12.000"))).isEqualTo((short) 12);
        for (Object value : new Object[] {32768, -32769L, 1.5, "7", false}) {
            assertThatThrownBy(() -> normal(ColumnType.SMALLINT, value))
                    .as("%s (%s)", value, value.getClass().getSimpleName())
                    .hasMessage("must be a whole number within 16 bits");
        }
    }

    @Test
    void datetimeColumnsTakeLocalDateTimesAndIsoTextWithoutAnOffset() throws Exception {
        java.time.LocalDateTime noon = java.time.LocalDateTime.parse("2024-01-31T12:00:00.123456");
        assertThat(normal(ColumnType.DATETIME, noon.plusNanos(789))).isEqualTo(noon);
        assertThat(normal(ColumnType.DATETIME, "2024-01-31 12:00:00.123456")).isEqualTo(noon);
        assertThat(normal(ColumnType.DATETIME, java.sql.Timestamp.valueOf(noon)))
                .isEqualTo(noon);
        assertThat(normal(ColumnType.DATETIME, "2024-01-31"))
                .as("a date alone, as SQLite keeps a date column widened to datetime")
                .isEqualTo(java.time.LocalDateTime.parse("2024-01-31T00:00:00"));
        for (Object value : new Object[] {"2024-01-31T12:00:00Z", java.time.OffsetDateTime.now(), 7, "noon"}) {
            assertThatThrownBy(() -> normal(ColumnType.DATETIME, value))
                    .as("%s", value)
                    .hasMessage("must be a date and time without an offset (a LocalDateTime or ISO-8601 text such"
                            + " as 2024-01-31T12:00:00)");
        }
    }

    @Test
    void timeColumnsTakeLocalTimesAndIsoTextCutToMicroseconds() throws Exception {
        java.time.LocalTime early = java.time.LocalTime.parse("06:45:10.654321");
        assertThat(normal(ColumnType.TIME, early.plusNanos(789))).isEqualTo(early);
        assertThat(normal(ColumnType.TIME, " 06:45:10.6543219 ")).isEqualTo(early);
        assertThat(normal(ColumnType.TIME, "08:30")).isEqualTo(java.time.LocalTime.of(8, 30));
        assertThat(normal(ColumnType.TIME, java.sql.Time.valueOf("08:30:00"))).isEqualTo(java.time.LocalTime.of(8, 30));
        for (Object value :
                new Object[] {"24:00", "8:30", "08:30:00Z", "2024-01-31T08:30:00", java.time.LocalDateTime.now(), 830
                }) {
            assertThatThrownBy(() -> normal(ColumnType.TIME, value))
                    .as("%s", value)
                    .hasMessage("must be a time of day (a LocalTime or ISO-8601 text such as 08:30:00)");
        }
    }

    @Test
    void charColumnsTakeTextWithoutTrailingSpaces() throws Exception {
        assertThat(normal(ColumnType.CHAR, "ab  ")).isEqualTo("ab");
        assertThat(normal(ColumnType.CHAR, new StringBuilder(" ab"))).isEqualTo(" ab");
        assertThat(normal(ColumnType.CHAR, "   ")).isEqualTo("");
        assertThat(normal(ColumnType.CHAR, "a\t")).as("only spaces pad").isEqualTo("a\t");
        assertThatThrownBy(() -> normal(ColumnType.CHAR, 7)).hasMessage("must be a string");
    }

    @Test
    void binaryColumnsTakeBytesOnly() throws Exception {
        byte[] bytes = {1, 2, 3};
        assertThat(normal(ColumnType.BINARY, bytes)).isSameAs(bytes);
        for (Object value : new Object[] {"AQID", List.of(1, 2, 3), 7}) {
            assertThatThrownBy(() -> normal(ColumnType.BINARY, value))
                    .as("%s", value)
                    .hasMessage("must be bytes (a byte[])");
        }
    }

    @Test
    void unsignedColumnsTakeTheirWholeRangeInTheNextWiderJavaTypeAndNoNegatives() throws Exception {
        assertThat(unsigned(ColumnType.INTEGER, 4294967295L)).isEqualTo(4294967295L);
        assertThat(unsigned(ColumnType.INTEGER, 0)).isEqualTo(0L);
        assertThat(unsigned(ColumnType.INTEGER, new BigDecimal("7.000"))).isEqualTo(7L);
        assertThat(unsigned(ColumnType.SMALLINT, 65535)).isEqualTo(65535);
        assertThat(unsigned(ColumnType.SMALLINT, (short) 3)).isEqualTo(3);
        BigInteger max = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);
        assertThat(unsigned(ColumnType.BIGINT, max)).isEqualTo(max);
        assertThat(unsigned(ColumnType.SERIAL, 5L)).isEqualTo(BigInteger.valueOf(5));
        assertThat(unsigned(ColumnType.BIGINT, new BigDecimal("18446744073709551615")))
                .isEqualTo(max);
        for (Object value : new Object[] {-1, 4294967296L, 0.5, "7"}) {
            assertThatThrownBy(() -> unsigned(ColumnType.INTEGER, value))
                    .as("%s", value)
                    .hasMessage("must be a whole number from 0 to 4294967295 (unsigned, 32 bits)");
        }
        assertThatThrownBy(() -> unsigned(ColumnType.SMALLINT, 65536))
                .hasMessage("must be a whole number from 0 to 65535 (unsigned, 16 bits)");
        for (Object value : new Object[] {-1L, max.add(BigInteger.ONE), 1.5, "1"}) {
            assertThatThrownBy(() -> unsigned(ColumnType.BIGINT, value))
                    .as("%s", value)
                    .hasMessage("must be a whole number from 0 to 18446744073709551615 (unsigned, 64 bits)");
        }
    }

    private static Object unsigned(ColumnType type, Object value) throws Values.Invalid {
        return Values.unsigned(type, value);
    }

    private static Object normal(ColumnType type, Object value) throws Values.Invalid {
        return Values.normalise(type, null, value);
    }
}
