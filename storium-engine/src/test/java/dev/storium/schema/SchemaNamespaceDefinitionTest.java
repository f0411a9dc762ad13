package dev.storium.schema;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineSchema;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Named schemas in the DSL: the qualified names the model holds, the jOOQ table's schema, the names refused. */
class SchemaNamespaceDefinitionTest {
    private static final DbSchema SALES = defineSchema("sales");
    private static final TableDef CUSTOMERS =
            defineTable("customers").columns(column("id", SERIAL).primaryKey()).timestamps(false);
    private static final TableDef ORDERS = SALES.defineTable("orders")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("customerId", INTEGER).references(CUSTOMERS, "id"))
            .timestamps(false);
    private static final TableDef SALES_CUSTOMERS = SALES.defineTable("customers")
            .columns(column("id", SERIAL).primaryKey())
            .timestamps(false);

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void anObjectOfASchemaIsNamedByItsSchemaAndItsNameAndItsDerivedNamesStayLocal() {
        SchemaModel model = Models.fromDefinitions(
                SchemaDefinition.of(
                                List.of(CUSTOMERS, ORDERS, SALES_CUSTOMERS),
                                List.of(SALES.defineView("big").as("SELECT id FROM sales.orders")))
                        .withSequences(List.of(SALES.defineSequence("numbers"))),
                Dialect.POSTGRESQL);
        assertThat(model.tables()).containsOnlyKeys("customers", "sales.customers", "sales.orders");
        Table orders = model.tables().get("sales.orders");
        assertThat(orders.schema()).contains("sales");
        assertThat(model.tables().get("customers").schema()).isEmpty();
        assertThat(orders.primaryKeyName()).isEqualTo("orders_pkey");
        assertThat(model.tables().get("sales.customers").primaryKeyName())
                .as("a primary key name is kept per schema")
                .isEqualTo(model.tables().get("customers").primaryKeyName());
        assertThat(orders.foreignKeys())
                .extracting(ForeignKey::name, ForeignKey::refTable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("orders_customer_id_customers_id_fk", "customers"));
        assertThat(model.views()).containsOnlyKeys("sales.big");
        assertThat(model.sequences()).containsOnlyKeys("sales.numbers");
        assertThat(model.schemas()).containsExactly("sales");

        assertThat(ORDERS.getName()).isEqualTo("orders");
        assertThat(ORDERS.getSchema().getName()).isEqualTo("sales");
        assertThat(ORDERS.qualifiedName()).isEqualTo("sales.orders");
        assertThat(DSL.using(org.jooq.SQLDialect.POSTGRES).render(DSL.selectFrom(ORDERS)))
                .contains("from \"sales\".\"orders\"");
        assertThat(SALES.defineEnum("status", "a").name()).isEqualTo("sales.status");
    }

    @Test
    void renamedFromNamesTheSameSchemaUnlessQualified() {
        assertThat(SALES.defineTable("purchases")
                        .renamedFrom("orders")
                        .columns(column("id", SERIAL).primaryKey())
                        .storium()
                        .renamedFrom())
                .isEqualTo("sales.orders");
        assertThat(SALES.defineTable("orders")
                        .renamedFrom("public.orders")
                        .columns(column("id", SERIAL).primaryKey())
                        .storium()
                        .renamedFrom())
                .isEqualTo("orders");
        assertThat(defineTable("orders")
                        .columns(column("id", SERIAL).primaryKey())
                        .renamedFrom("sales.orders")
                        .storium()
                        .renamedFrom())
                .isEqualTo("sales.orders");
    }

    @Test
    void aBadSchemaNameOrADotInANameIsRefusedWhereItIsWritten() {
        broken(
                () -> defineSchema("public"),
                "Schema public: it is the default schema, where objects defined without a schema already live. Fix:"
                        + " define the objects with Schema.defineTable(...) (and defineEnum, defineView,"
                        + " defineSequence) instead.");
        broken(
                () -> defineSchema("pg_temp"),
                "Schema pg_temp: it is a schema the database keeps for its own catalog. Fix: give the schema another"
                        + " name, such as defineSchema(\"sales\").");
        broken(
                () -> defineSchema("sales-2"),
                "Schema sales-2: the name is not a valid name: expected 1 to 63 characters from A-Z, a-z, 0-9 and _."
                        + " Fix: name the schema using only letters, digits and underscores, such as"
                        + " defineSchema(\"sales\").");
        broken(
                () -> defineTable("sales.orders").columns(column("id", SERIAL).primaryKey()),
                "Table sales.orders: the table name \"sales.orders\" is not a valid name: a dot is no part of a name."
                        + " Fix: to put the table in a schema, define the schema and the table in it:"
                        + " defineSchema(\"sales\").defineTable(\"orders\").");
        broken(
                () -> SALES.defineView("a.b"),
                "View a.b: the view name \"a.b\" is not a valid name: expected 1 to 63 characters from A-Z, a-z, 0-9"
                        + " and _. Fix: name the view using only letters, digits and underscores, such as"
                        + " defineView(\"active_users\").");
    }
}
