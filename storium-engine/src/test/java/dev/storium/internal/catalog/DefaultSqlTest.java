package dev.storium.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.DefaultValue;
import dev.storium.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** Default expressions as catalogs report them, read back into the model. */
class DefaultSqlTest {

    private static DefaultValue read(String sql, ColumnType type) {
        return DefaultSql.parse(sql, type, false);
    }

    @Test
    void postgresCastsAndQuotesAreTakenOff() {
        assertThat(read("'draft'::character varying", ColumnType.VARCHAR)).isEqualTo(DefaultValue.literal("draft"));
        assertThat(read("'it''s'::text", ColumnType.TEXT)).isEqualTo(DefaultValue.literal("it's"));
        assertThat(read("'-1'::integer", ColumnType.INTEGER)).isEqualTo(DefaultValue.literal("-1"));
        assertThat(read("'{}'::jsonb", ColumnType.JSONB)).isEqualTo(DefaultValue.literal("{}"));
        assertThat(read("'a::b'::text", ColumnType.TEXT)).isEqualTo(DefaultValue.literal("a::b"));
        assertThat(read("NULL::character varying", ColumnType.VARCHAR)).isNull();
    }

    @Test
    void anExpressionIsNoDefaultOfTheModel() {
        for (String expression : new String[] {
            "lower('X'::text)", "(now() + '1 day'::interval)", "curdate() + 1", "'a' || lower('b')", "nextval('s')"
        }) {
            assertThat(DefaultSql.expression(expression)).as(expression).isTrue();
            assertThat(read(expression, ColumnType.TEXT)).as(expression).isNull();
        }
        for (String literal : new String[] {
            "'f(x)'::text", "'it''s (x)'", "(0)::numeric", "'-1'::integer", "now()", "(uuid())", "42", "NULL", null
        }) {
            assertThat(DefaultSql.expression(literal)).as(literal).isFalse();
        }
    }

    @Test
    void timeAndUuidFunctionsOfEveryDialectAreRecognised() {
        for (String now :
                new String[] {"CURRENT_TIMESTAMP", "current_timestamp(6)", "now()", "CURRENT_DATE", "curdate()"}) {
            assertThat(read(now, ColumnType.TIMESTAMP)).as(now).isEqualTo(DefaultValue.now());
        }
        for (String now : new String[] {"LOCALTIME", "CURRENT_TIME", "curtime(6)", "curtime()", "localtime(6)"}) {
            assertThat(read(now, ColumnType.TIME)).as(now).isEqualTo(DefaultValue.now());
        }
        for (String uuid : new String[] {"gen_random_uuid()", "uuid()", "(uuid())", "RANDOM_UUID()"}) {
            assertThat(read(uuid, ColumnType.UUID)).as(uuid).isEqualTo(DefaultValue.randomUuid());
        }
    }

    @Test
    void booleansReadAsTrueOrFalse() {
        assertThat(read("1", ColumnType.BOOLEAN)).isEqualTo(DefaultValue.literal("true"));
        assertThat(read("FALSE", ColumnType.BOOLEAN)).isEqualTo(DefaultValue.literal("false"));
    }

    @Test
    void mariadbTextDefaultsAndItsNullAreRead() {
        assertThat(DefaultSql.parse("NULL", ColumnType.VARCHAR, true)).isNull();
        assertThat(DefaultSql.parse("'it\\'s \\\\ quoted'", ColumnType.TEXT, true))
                .isEqualTo(DefaultValue.literal("it's \\ quoted"));
        assertThat(DefaultSql.parse("JSON '{\"a\":1}'", ColumnType.JSONB, false))
                .isEqualTo(DefaultValue.literal("{\"a\":1}"));
    }

    @Test
    void timeLiteralsReadWithoutTheZerosOfAnEmptyFraction() {
        assertThat(read("'08:30:00'::time without time zone", ColumnType.TIME))
                .isEqualTo(DefaultValue.literal("08:30:00"));
        assertThat(DefaultSql.parse("'08:30:00.000000'", ColumnType.TIME, true))
                .isEqualTo(DefaultValue.literal("08:30:00"));
        assertThat(read("'06:45:10.650000'", ColumnType.TIME)).isEqualTo(DefaultValue.literal("06:45:10.65"));
        assertThat(DefaultSql.sameLiteral(ColumnType.TIME, "08:30", "08:30:00")).isTrue();
        assertThat(DefaultSql.sameLiteral(ColumnType.TIME, "08:30", "08:30:01")).isFalse();
    }

    @Test
    void charLiteralsReadWithoutTheirPadding() {
        assertThat(read("'ab'::bpchar", ColumnType.CHAR)).isEqualTo(DefaultValue.literal("ab"));
        assertThat(read("'ab '", ColumnType.CHAR)).isEqualTo(DefaultValue.literal("ab"));
        assertThat(DefaultSql.sameLiteral(ColumnType.CHAR, "ab", "ab ")).isTrue();
        assertThat(DefaultSql.sameLiteral(ColumnType.CHAR, "ab", " ab")).isFalse();
    }

    @Test
    void literalsCompareByTheColumnsType() {
        assertThat(DefaultSql.sameLiteral(ColumnType.NUMERIC, "0", "0.0000")).isTrue();
        assertThat(DefaultSql.sameLiteral(ColumnType.NUMERIC, "0", "0.5")).isFalse();
        assertThat(DefaultSql.sameLiteral(ColumnType.BOOLEAN, "1", "true")).isTrue();
        assertThat(DefaultSql.sameLiteral(ColumnType.JSONB, "{\"a\": 1}", "{\"a\":1}"))
                .isTrue();
        assertThat(DefaultSql.sameLiteral(ColumnType.VARCHAR, "a", "a ")).isFalse();
    }

    @Test
    void postgresDeparsedPredicatesReduceToTheCodesText() {
        assertThat(Alignment.predicate("((status)::text = 'draft'::text) AND (rank > 0)"))
                .isEqualTo(Alignment.predicate("status = 'draft' and rank > 0"));
        assertThat(Alignment.predicate("status = 'Draft'")).isNotEqualTo(Alignment.predicate("status = 'draft'"));
    }
}
