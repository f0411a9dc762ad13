package dev.storium.schema;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Models;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class CheckDefinitionTest {
    private static final ColumnDef ID = column("id", SERIAL).primaryKey();

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void tableChecksComeFirstThenEachColumnsNamedAfterTableAndDatabaseColumn() {
        TableDef table = defineTable("orders")
                .columns(ID, column("unitCount", INTEGER).check("unit_count > 0"))
                .checks(check("orders_small", "unit_count < 100"));

        assertThat(table.storium().checks())
                .containsExactly(
                        new CheckMeta("orders_small", "unit_count < 100", null),
                        new CheckMeta("orders_unit_count_check", "unit_count > 0", "unitCount"));
        assertThat(Models.fromDefinitions(List.of(table))
                        .table("orders")
                        .orElseThrow()
                        .checks())
                .containsExactly(
                        new CheckConstraint("orders_small", "unit_count < 100"),
                        new CheckConstraint("orders_unit_count_check", "unit_count > 0"));
    }

    @Test
    void aConditionIsKeptAsWrittenWithoutSurroundingSpace() {
        TableDef table = defineTable("t").columns(ID).checks(check("t_c", "  id > 0 \n"));

        assertThat(table.storium().checks().get(0).condition()).isEqualTo("id > 0");
    }

    @Test
    void aBadNameOrConditionIsRefusedWhereItIsWritten() {
        broken(
                () -> defineTable("t").columns(ID).checks(check("bad name", "id > 0")),
                "Table t: the check name \"bad name\" is not a valid name: expected 1 to 63 characters from A-Z, a-z,"
                        + " 0-9 and _. Fix: name the check using only letters, digits and underscores:"
                        + " check(\"t_positive_total\", \"total >= 0\").");
        broken(
                () -> defineTable("t").columns(ID).checks(check("t_c", " ")),
                "Table t: check t_c has no condition. Fix: give the SQL condition every row must meet, such as"
                        + " \"total >= 0\".");
        broken(
                () -> defineTable("t").columns(ID.check("(id > 0")),
                "Table t: the check of column id is not one SQL condition (a '(' is not closed): (id > 0. Fix: write"
                        + " one condition over the table's database column names, such as \"total >= 0\".");
        broken(
                () -> defineTable("t").columns(ID).checks(check("t_c", "id > 0) OR (id < 0")),
                "Table t: check t_c is not one SQL condition (a ')' closes nothing): id > 0) OR (id < 0. Fix: write"
                        + " one condition over the table's database column names, such as \"total >= 0\".");
        broken(
                () -> defineTable("t").columns(ID).checks(check("t_c", "id > 0; DROP TABLE t")),
                "Table t: check t_c is not one SQL condition (a ';' ends it): id > 0; DROP TABLE t. Fix: write one"
                        + " condition over the table's database column names, such as \"total >= 0\".");
        broken(
                () -> defineTable("t").columns(ID).checks(check("t_c", "name = 'it''s")),
                "Table t: check t_c is not one SQL condition (a ' is not closed): name = 'it''s. Fix: write one"
                        + " condition over the table's database column names, such as \"total >= 0\".");
    }

    @Test
    void quotedTextMayHoldParenthesesAndSemicolons() {
        TableDef table = defineTable("t").columns(ID).checks(check("t_c", "id <> 0 OR 'a;(b' = 'a;(b'"));

        assertThat(table.storium().checks()).hasSize(1);
    }

    @Test
    void twoChecksOfOneNameAreRefused() {
        broken(
                () -> defineTable("t").columns(ID.check("id > 0")).checks(check("t_id_check", "id < 10")),
                "Table t: two checks are named t_id_check. Fix: give one of them another name (a column's check is"
                        + " named {table}_{column}_check).");
    }

    @Test
    void aCheckNameIsSharedWithTheSchemasOtherConstraints() {
        TableDef a = defineTable("a").columns(ID).checks(check("same", "id > 0"));
        TableDef b = defineTable("b").columns(ID).checks(check("same", "id > 0"));
        TableDef c = defineTable("c").columns(ID).checks(check("a_pkey", "id > 0"));

        broken(
                () -> Models.fromDefinitions(List.of(a, b)),
                "Table b: the check same has the name of a check of table a; constraint names are shared by the whole"
                        + " schema. Fix: give the check another name with check(\"...\", condition).");
        broken(
                () -> Models.fromDefinitions(List.of(a, c)),
                "Table c: the check a_pkey has the name of the primary key of table a; constraint names are shared by"
                        + " the whole schema. Fix: give the check another name with check(\"...\", condition).");
    }
}
