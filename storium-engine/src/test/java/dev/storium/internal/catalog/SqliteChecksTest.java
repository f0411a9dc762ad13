package dev.storium.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.CheckConstraint;
import org.junit.jupiter.api.Test;

class SqliteChecksTest {
    @Test
    void namedChecksAreReadAsWrittenAndUnnamedOnesNumbered() {
        String sql = "CREATE TABLE \"t\" (\n  \"a\" integer CHECK (a > 0),\n  \"b\" text,\n"
                + "  CONSTRAINT \"t_b_known\" CHECK (b IN ('x', 'y)', 'check (z)')),\n"
                + "  constraint [t_ab] check(a < length(b)),\n  CHECK (b <> '')\n)";

        assertThat(SqliteCatalog.checks("t", sql))
                .containsExactly(
                        new CheckConstraint("t_check1", "a > 0"),
                        new CheckConstraint("t_b_known", "b IN ('x', 'y)', 'check (z)')"),
                        new CheckConstraint("t_ab", "a < length(b)"),
                        new CheckConstraint("t_check2", "b <> ''"));
    }

    @Test
    void aColumnNamedCheckIsNoCheck() {
        assertThat(SqliteCatalog.checks("t", "CREATE TABLE t (\"check\" integer, check_me text)"))
                .isEmpty();
    }
}
