package dev.storium.constructs;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineSchema;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.DbSchema;
import dev.storium.schema.EnumDef;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import dev.storium.store.Row;
import dev.storium.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Named schemas (PostgreSQL and H2 namespaces): tables, an enum, a view and a sequence in the schema {@code sales}, keys
 * from the default schema into it and back, a table of the same name in both, a rename inside the schema, a move
 * between schemas (PostgreSQL) and a drop, each migrated on tables holding rows; stores read and write the right table;
 * a change made by hand in the schema is drift that push undoes; MySQL and SQLite refuse a schema.
 */
class SchemaNamespaceTest {
    private static final DbSchema SALES = defineSchema("sales");

    private static final TableDef CUSTOMERS = defineTable("customers")
            .columns(column("id", SERIAL).primaryKey(), column("name", VARCHAR).maxLength(100))
            .timestamps(false);

    /** A table of the same name in the default schema: another table. */
    private static final TableDef NOTES = defineTable("notes")
            .columns(column("id", SERIAL).primaryKey(), column("text", VARCHAR).maxLength(100))
            .timestamps(false);

    private static final TableDef SALES_NOTES = SALES.defineTable("notes")
            .columns(column("id", SERIAL).primaryKey(), column("body", VARCHAR).maxLength(100))
            .indexes(index("body"))
            .timestamps(false);

    private static final EnumDef STATUS = SALES.defineEnum("order_status", "draft", "paid");

    /** The enum with a value added at the end: PostgreSQL adds it in place. */
    private static final EnumDef STATUS_SHIPPED = SALES.defineEnum("order_status", "draft", "paid", "shipped");

    private static final SequenceDef ORDER_NUMBERS =
            SALES.defineSequence("order_numbers").startWith(1000);

    @TempDir
    Path project;

    private static TableDef orders(String name, String renamedFrom) {
        return orders(name, renamedFrom, STATUS);
    }

    private static TableDef orders(String name, String renamedFrom, EnumDef status) {
        var table = SALES.defineTable(name);
        if (renamedFrom != null) {
            table = table.renamedFrom(renamedFrom);
        }
        return table.columns(
                        column("id", SERIAL).primaryKey(),
                        column("customerId", INTEGER).references(CUSTOMERS, "id"),
                        column("status", status).notNull().defaultValue("draft"))
                .timestamps(false);
    }

    /** A table of the default schema with a key into the schema sales. */
    private static TableDef invoices(TableDef orders, DbSchema in, String renamedFrom) {
        var table = in == null ? defineTable("invoices") : in.defineTable("invoices");
        if (renamedFrom != null) {
            table = table.renamedFrom(renamedFrom);
        }
        return table.columns(
                        column("id", SERIAL).primaryKey(),
                        column("orderId", INTEGER).references(orders, "id"),
                        column("total", INTEGER))
                .timestamps(false);
    }

    private static ViewDef paid(TableDef orders) {
        return SALES.defineView("paid_orders")
                .as("SELECT id, customer_id FROM sales." + orders.getName() + " WHERE status = 'paid'")
                .dependsOn(orders);
    }

    private static SchemaDefinition schema(List<TableDef> tables, ViewDef view) {
        return SchemaDefinition.of(tables, view == null ? List.of() : List.of(view))
                .withSequences(List.of(ORDER_NUMBERS));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"})
    void objectsInANamedSchemaAreCreatedRenamedMovedAndDroppedKeepingTheirRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "schemas", project)) {
            TableDef orders = orders("orders", null);
            TableDef invoices = invoices(orders, null, null);
            String v1 = db.step(
                    "v1 create", schema(List.of(CUSTOMERS, NOTES, SALES_NOTES, orders, invoices), paid(orders)), false);
            assertThat(v1)
                    .startsWith("CREATE SCHEMA IF NOT EXISTS " + db.q("sales") + ";")
                    .contains("CREATE SEQUENCE " + db.q("sales") + "." + db.q("order_numbers"))
                    .contains("CREATE TABLE " + db.q("sales") + "." + db.q("orders"))
                    .contains("CREATE TABLE " + db.q("sales") + "." + db.q("notes"))
                    .contains("CREATE TABLE " + db.q("notes"))
                    .contains("REFERENCES " + db.q("sales") + "." + db.q("orders"))
                    .contains("CREATE VIEW " + db.q("sales") + "." + db.q("paid_orders"));
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(v1).contains("CREATE TYPE " + db.q("sales") + "." + db.q("order_status"));
            }

            try (StoriumInstance instance = Storium.connect(db.config())) {
                Store customers = instance.defineStore(CUSTOMERS);
                Store salesOrders = instance.defineStore(orders);
                Store invoiceStore = instance.defineStore(invoices);
                Store salesNotes = instance.defineStore(SALES_NOTES);
                Store notes = instance.defineStore(NOTES);
                Row ada = customers.create(Map.of("name", "Ada"));
                Row order = salesOrders.create(Map.of("customerId", ada.get("id"), "status", "paid"));
                salesOrders.create(Map.of("customerId", ada.get("id")));
                invoiceStore.create(Map.of("orderId", order.get("id"), "total", 42));
                salesNotes.create(Map.of("body", "in sales"));
                notes.create(Map.of("text", "in the default schema"));
                notes.create(Map.of("text", "another"));
                assertThat(salesNotes.findAll()).extracting(r -> r.get("body")).containsExactly("in sales");
                assertThat(notes.findAll()).hasSize(2);
                Row updated = salesOrders.update(order.get("id"), Map.of("status", "draft"));
                assertThat(updated.get("status")).isEqualTo("draft");
                salesOrders.update(order.get("id"), Map.of("status", "paid"));
                assertThat(salesNotes.destroy(salesNotes.findAll().get(0).get("id")))
                        .isTrue();
                salesNotes.create(Map.of("body", "kept"));
                assertThat(instance.storeNames()).contains("sales.orders", "sales.notes", "notes");
            }
            assertThat(db.strings("SELECT " + db.q("body") + " FROM " + db.q("sales") + "." + db.q("notes")))
                    .containsExactly("kept");
            assertThat(db.strings("SELECT " + db.q("id") + " FROM " + db.q("sales") + "." + db.q("paid_orders")))
                    .hasSize(1);

            TableDef purchases = orders("purchases", "orders", STATUS_SHIPPED);
            TableDef invoices2 = invoices(purchases, null, null);
            String v2 = db.step(
                    "v2 rename inside the schema, and a value added to its enum",
                    schema(List.of(CUSTOMERS, NOTES, SALES_NOTES, purchases, invoices2), paid(purchases)),
                    false);
            assertThat(v2)
                    .contains(
                            "ALTER TABLE " + db.q("sales") + "." + db.q("orders") + " RENAME TO " + db.q("purchases"));
            assertThat(db.strings("SELECT " + db.q("status") + " FROM " + db.q("sales") + "." + db.q("purchases")
                            + " ORDER BY " + db.q("id")))
                    .containsExactly("paid", "draft");

            if (dialect == Dialect.POSTGRESQL) {
                TableDef moved = invoices(purchases, SALES, "public.invoices");
                String v3 = db.step(
                        "v3 move into the schema",
                        schema(List.of(CUSTOMERS, NOTES, SALES_NOTES, purchases, moved), paid(purchases)),
                        false);
                assertThat(v3.strip())
                        .isEqualTo("ALTER TABLE " + db.q("invoices") + " SET SCHEMA " + db.q("sales") + ";");
                assertThat(db.strings("SELECT " + db.q("total") + " FROM " + db.q("sales") + "." + db.q("invoices")))
                        .containsExactly("42");
                invoices2 = moved;
            } else {
                GenerateResult refused = Storium.generate(
                        db.config(),
                        schema(
                                List.of(
                                        CUSTOMERS,
                                        NOTES,
                                        SALES_NOTES,
                                        purchases,
                                        invoices(purchases, SALES, "public.invoices")),
                                paid(purchases)),
                        GenerateOptions.DEFAULTS);
                assertThat(refused.success()).isFalse();
                assertThat(refused.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
                assertThat(refused.message())
                        .isEqualTo("Table invoices moves to sales.invoices, but memory (H2) cannot move a table"
                                + " into another schema. Keep the table in its schema (take renamedFrom(...) away"
                                + " and define it where it was), or write the move by hand in a migration of your"
                                + " own: create the new table, copy the rows with INSERT ... SELECT, then drop the"
                                + " old one.");
            }

            if (dialect == Dialect.POSTGRESQL) {
                assertThat(v2)
                        .contains("ALTER TYPE " + db.q("sales") + "." + db.q("order_status")
                                + " ADD VALUE IF NOT EXISTS 'shipped'");
            }
            TableDef withoutShipped = orders("purchases", null, STATUS);
            String v4 = db.step(
                    "v4 drop the view and a table of the schema, and the enum's added value",
                    schema(List.of(CUSTOMERS, NOTES, withoutShipped, invoices2), null),
                    true);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(v4)
                        .as("the enum is made anew in its schema")
                        .contains("ALTER TYPE " + db.q("sales") + "." + db.q("order_status") + " RENAME TO "
                                + db.q("order_status__old"))
                        .contains("DROP TYPE " + db.q("sales") + "." + db.q("order_status__old"));
            }
            assertThat(db.strings("SELECT " + db.q("status") + " FROM " + db.q("sales") + "." + db.q("purchases")
                            + " ORDER BY " + db.q("id")))
                    .containsExactly("paid", "draft");
            assertThat(v4)
                    .contains("DROP VIEW " + db.q("sales") + "." + db.q("paid_orders"))
                    .contains("DROP TABLE " + db.q("sales") + "." + db.q("notes"))
                    .doesNotContain("DROP SCHEMA");
            assertThat(db.strings("SELECT " + db.q("text") + " FROM " + db.q("notes") + " ORDER BY " + db.q("id")))
                    .containsExactly("in the default schema", "another");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MEMORY"})
    void aChangeByHandInTheSchemaIsDriftThatPushUndoesAndOtherSchemasAreNotRead(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "schema_drift", project)) {
            TableDef orders = orders("orders", null);
            SchemaDefinition schema = schema(List.of(CUSTOMERS, NOTES, SALES_NOTES, orders), paid(orders));
            db.step("v1", schema, false);
            String notes = db.q("sales") + "." + db.q("notes");

            db.execute("ALTER TABLE " + notes + " ADD COLUMN " + db.q("extra") + " integer");
            assertThat(db.drift(schema))
                    .extracting(SchemaChange::describe)
                    .containsExactly("drop column sales.notes.extra");
            assertThat(Push.run(db.config(), schema, new PushOptions(true, false))
                            .success())
                    .isTrue();
            db.assertInSync("after push undid the added column", schema);

            db.execute("ALTER TABLE " + notes + " DROP COLUMN " + db.q("body"));
            assertThat(db.drift(schema))
                    .extracting(SchemaChange::describe)
                    .as("the column went with its index")
                    .containsExactly("add column sales.notes.body", "create index notes_body_idx on sales.notes");
            push(db, schema);

            db.execute("DROP INDEX " + db.q("sales") + "." + db.q("notes_body_idx"));
            assertThat(db.drift(schema))
                    .extracting(SchemaChange::describe)
                    .containsExactly("create index notes_body_idx on sales.notes");
            push(db, schema);

            db.execute("DROP SEQUENCE " + db.q("sales") + "." + db.q("order_numbers"));
            assertThat(db.drift(schema)).singleElement().isInstanceOf(SchemaChange.CreateSequence.class);
            push(db, schema);

            db.execute("CREATE TABLE " + db.q("sales") + "." + db.q("by_hand") + " (" + db.q("id") + " integer)");
            assertThat(db.drift(schema)).extracting(SchemaChange::describe).containsExactly("drop table sales.by_hand");
            db.execute("DROP TABLE " + db.q("sales") + "." + db.q("by_hand"));

            TableDef notesRenamedIndex = SALES.defineTable("notes")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("body", VARCHAR).maxLength(100))
                    .timestamps(false)
                    .indexes(index("body").name("notes_by_body"));
            schema = schema(List.of(CUSTOMERS, NOTES, notesRenamedIndex, orders), paid(orders));
            assertThat(db.step("v2 an index of the schema renamed", schema, false)
                            .strip())
                    .isEqualTo("ALTER INDEX " + db.q("sales") + "." + db.q("notes_body_idx") + " RENAME TO "
                            + db.q("notes_by_body") + ";");

            TableDef notesWithoutIndex = SALES.defineTable("notes")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("body", VARCHAR).maxLength(100))
                    .timestamps(false);
            schema = schema(List.of(CUSTOMERS, NOTES, notesWithoutIndex, orders), paid(orders));
            assertThat(db.step("v3 an index of the schema dropped", schema, false)
                            .strip())
                    .isEqualTo("DROP INDEX " + db.q("sales") + "." + db.q("notes_by_body") + ";");

            db.execute("CREATE SCHEMA " + db.q("other_tool"));
            db.execute("CREATE TABLE " + db.q("other_tool") + "." + db.q("notes") + " (" + db.q("id") + " integer)");
            db.execute("CREATE SEQUENCE " + db.q("other_tool") + "." + db.q("counter"));
            db.assertInSync("a schema the code does not name is never read", schema);
        }
    }

    private static void push(Evolution db, SchemaDefinition schema) throws Exception {
        PushResult pushed = Push.run(db.config(), schema, PushOptions.DEFAULTS);
        assertThat(pushed.success()).as(pushed.message()).isTrue();
        db.assertInSync("after push", schema);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL", "SQLITE"})
    void aNamedSchemaIsRefusedWhereTheDatabaseHasNone(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "schema_refused", project)) {
            SchemaDefinition schema = SchemaDefinition.of(List.of(CUSTOMERS, SALES_NOTES));
            String expected = "Table sales.notes is defined in the schema sales (defineSchema(\"sales\")), but "
                    + (dialect == Dialect.MYSQL
                            ? "mysql has no named schemas (postgresql and memory (H2) have). On mysql a schema is a"
                                    + " database of its own: define the object with Schema.defineTable(...) (or"
                                    + " defineEnum, defineView, defineSequence) in the configured database, or keep"
                                    + " that schema's objects in a separate database with a Storium configuration of"
                                    + " its own (its own url and migrations directory)."
                            : "sqlite has no named schemas (postgresql and memory (H2) have). Storium does not"
                                    + " manage ATTACHed databases, sqlite's only namespaces: define the object with"
                                    + " Schema.defineTable(...) (or defineEnum, defineView, defineSequence) and give"
                                    + " the names a prefix instead, such as sales_orders.");
            GenerateResult generated = Storium.generate(db.config(), schema, GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message()).isEqualTo(expected);
            assertThatThrownBy(() -> Push.run(db.config(), schema, PushOptions.DEFAULTS))
                    .isInstanceOf(StoriumException.class)
                    .hasMessage(expected);
            assertThat(db.strings(
                            dialect == Dialect.MYSQL
                                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = database()"
                                    : "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .as("nothing was created")
                    .isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aSchemaIsCreatedBeforeItsFirstObjectOnceAndNeverDropped() {
        SchemaModel with = Models.fromDefinitions(schema(List.of(CUSTOMERS, SALES_NOTES), null), Dialect.POSTGRESQL);
        SchemaModel without = Models.fromDefinitions(SchemaDefinition.of(List.of(CUSTOMERS)), Dialect.POSTGRESQL);
        List<SchemaChange> create = Differ.diff(SchemaModel.empty(), with);
        assertThat(create.get(0)).isEqualTo(new SchemaChange.CreateSchema("sales"));
        assertThat(create)
                .filteredOn(c -> c instanceof SchemaChange.CreateSchema)
                .hasSize(1);
        assertThat(Differ.diff(without, with).get(0))
                .as("a schema none of the previous objects were in")
                .isEqualTo(new SchemaChange.CreateSchema("sales"));
        assertThat(Differ.diff(with, with)).isEmpty();
        assertThat(Differ.diff(with, without))
                .extracting(SchemaChange::describe)
                .containsExactly("drop sequence sales.order_numbers", "drop table sales.notes");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL"})
    void aReferencedTableMovesIntoASchemaAndBackWithItsRowsAndTheKeysToIt(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "schema_move", project)) {
            TableDef orders = orders("orders", null);
            db.step("v1", SchemaDefinition.of(List.of(CUSTOMERS, orders)), false);
            db.execute("INSERT INTO " + db.q("customers") + " (" + db.q("name") + ") VALUES ('Ada')");
            db.execute("INSERT INTO " + db.q("sales") + "." + db.q("orders") + " (" + db.q("customer_id")
                    + ") VALUES (1)");

            TableDef salesCustomers = SALES.defineTable("customers")
                    .renamedFrom("public.customers")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("name", VARCHAR).maxLength(100))
                    .timestamps(false);
            TableDef ordersOfMoved = orders(salesCustomers);
            String in =
                    db.step("v2 into the schema", SchemaDefinition.of(List.of(salesCustomers, ordersOfMoved)), false);
            assertThat(in.strip())
                    .as("the key to the moved table follows it")
                    .isEqualTo("ALTER TABLE " + db.q("customers") + " SET SCHEMA " + db.q("sales") + ";");

            TableDef back = defineTable("clients")
                    .renamedFrom("sales.customers")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("name", VARCHAR).maxLength(100))
                    .timestamps(false);
            String out = db.step("v3 back and renamed", SchemaDefinition.of(List.of(back, orders(back))), false);
            assertThat(out)
                    .contains(
                            "ALTER TABLE " + db.q("sales") + "." + db.q("customers") + " SET SCHEMA " + db.q("public"))
                    .contains("ALTER TABLE " + db.q("customers") + " RENAME TO " + db.q("clients"));
            assertThat(db.strings("SELECT " + db.q("name") + " FROM " + db.q("clients")))
                    .containsExactly("Ada");
            db.execute("INSERT INTO " + db.q("sales") + "." + db.q("orders") + " (" + db.q("customer_id")
                    + ") VALUES (1)");
        }
    }

    private static TableDef orders(TableDef customers) {
        return SALES.defineTable("orders")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("customerId", INTEGER).references(customers, "id"),
                        column("status", STATUS).notNull().defaultValue("draft"))
                .timestamps(false);
    }
}
