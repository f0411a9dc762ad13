package dev.storium.schema;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedDefinitionTest {
    private static final ColumnDef ID = column("id", SERIAL).primaryKey();

    private static void broken(ColumnDef column, String message) {
        StoriumException e = catchThrowableOfType(
                StoriumException.class, () -> defineTable("orders").columns(ID, column));
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void aGeneratedColumnIsStoredByDefaultReadonlyAndComputedByTheDatabase() {
        TableDef orders = defineTable("orders")
                .columns(
                        ID,
                        column("total", INTEGER)
                                .generatedAs(" price * quantity ")
                                .generatedAs(Dialect.MYSQL, "price*quantity"),
                        column("label", TEXT)
                                .generatedAs(Dialect.SQLITE, "'x'")
                                .virtual()
                                .hidden());

        ColumnMeta total = orders.storium().column("total").orElseThrow();
        assertThat(total.generated())
                .isEqualTo(new GeneratedMeta("price * quantity", Map.of(Dialect.MYSQL, "price*quantity"), true));
        assertThat(total.generated().expression(Dialect.POSTGRESQL)).isEqualTo("price * quantity");
        assertThat(total.generated().expression(Dialect.MYSQL)).isEqualTo("price*quantity");
        assertThat(total.readonly()).isTrue();
        assertThat(total.hasDatabaseValue()).isTrue();
        ColumnMeta label = orders.storium().column("label").orElseThrow();
        assertThat(label.generated().stored()).isFalse();
        assertThat(label.hidden()).as("readonly because generated, and hidden").isTrue();
        assertThat(label.generated().expression(Dialect.POSTGRESQL)).isNull();
        assertThat(orders.storium().column("id").orElseThrow().generated()).isNull();
    }

    @Test
    void storedOrVirtualWithoutAnExpressionIsRefused() {
        broken(
                column("total", INTEGER).virtual(),
                "Table orders, column total: virtual() is set, but the column is not generated. Fix: add"
                        + " generatedAs(\"expression\") before it, or remove virtual().");
    }

    @Test
    void anExpressionThatIsNoOneSqlExpressionIsRefused() {
        broken(
                column("total", INTEGER).generatedAs("(price * quantity"),
                "Table orders, column total: the generated column's expression \"(price * quantity\" is not one SQL"
                        + " expression (a '(' is not closed). Fix: write one expression over the table's database"
                        + " column names, such as \"price * quantity\".");
        broken(
                column("total", INTEGER).generatedAs(Dialect.MYSQL, " "),
                "Table orders, column total: the generated column's mysql expression \" \" is not one SQL expression"
                        + " (it is empty). Fix: write one expression over the table's database column names, such as"
                        + " \"price * quantity\".");
    }

    @Test
    void aGeneratedColumnWithADefaultAKeyASerialOrRequiredIsRefused() {
        broken(
                column("total", INTEGER).generatedAs("1").defaultValue(2),
                "Table orders, column total: the column is generated, but it has a default; a generated column is"
                        + " computed from the other columns. Fix: remove generatedAs(...), or make the column a plain"
                        + " one without the default.");
        broken(
                column("code", INTEGER).primaryKey().generatedAs("1"),
                "Table orders, column code: the column is generated, but a primary-key column is written; a generated"
                        + " column is computed from the other columns. Fix: remove generatedAs(...), or make the column"
                        + " a plain one without primaryKey().");
        broken(
                column("total", INTEGER).generatedAs("1").required(),
                "Table orders, column total: the column is generated and required, but the database computes a"
                        + " generated column, so create() never takes a value for it. Fix: remove required().");
    }
}
