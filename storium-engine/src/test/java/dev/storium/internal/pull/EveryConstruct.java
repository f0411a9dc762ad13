package dev.storium.internal.pull;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BINARY;
import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.DATETIME;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.REAL;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIME;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.RESTRICT;
import static dev.storium.schema.FkAction.SET_NULL;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineSchema;
import static dev.storium.schema.Schema.defineSequence;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static dev.storium.schema.Schema.foreignKey;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.indexOn;
import static dev.storium.schema.Schema.unique;

import dev.storium.config.Dialect;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.DbSchema;
import dev.storium.schema.EnumDef;
import dev.storium.schema.FkDeferral;
import dev.storium.schema.IndexDef;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema that uses every construct of docs/schema.md a dialect has (the shop of {@code examples/shop}, grown): every
 * built-in type, defaults of each kind, names, composite, mutual and self keys with actions, uniques, checks, index
 * options, generated and custom columns, comments, an enum, views, a sequence, automatic and own timestamps.
 */
final class EveryConstruct {
    private static final EnumDef ORDER_STATUS = defineEnum("order_status", "open", "paid", "shipped", "cancelled");

    private EveryConstruct() {}

    static SchemaDefinition schema(Dialect dialect) {
        boolean postgres = dialect == Dialect.POSTGRESQL;
        boolean mysql = dialect == Dialect.MYSQL;
        List<ColumnDef> customerColumns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("email", VARCHAR).maxLength(200).notNull().comment("Where we write to"),
                column("name", VARCHAR).maxLength(100).notNull(),
                column("tier", CHAR).length(1).notNull().defaultValue("B").comment("A, B or C"),
                column("favouriteOrderId", INTEGER).references("orders", "id").onDelete(SET_NULL),
                column("referredBy", INTEGER).references("customers", "id"),
                column("externalId", UUID).defaultRandomUuid(),
                column("score", SMALLINT).defaultValue(0),
                column("visits", BIGINT).notNull().defaultValue(0),
                column("ratio", REAL).defaultValue(0.5),
                column("active", BOOLEAN).notNull().defaultValue(true),
                column("born", DATE).defaultValue("2000-01-01"),
                column("lastSeen", DATETIME),
                column("opensAt", TIME).defaultValue("08:30:00"),
                column("settings", JSONB),
                column("avatar", BINARY),
                column("bio", TEXT),
                column("AccountCode", VARCHAR).maxLength(20).dbName("AccountCode")));
        if (postgres || dialect == Dialect.MEMORY) {
            customerColumns.add(
                    column("tags", dev.storium.schema.ColumnType.ARRAY).items(TEXT));
        }
        if (mysql) {
            customerColumns.add(column("stock", INTEGER).unsigned().defaultValue(0));
        }
        if (dialect != Dialect.MEMORY) {
            customerColumns.add(
                    column("code", VARCHAR).maxLength(20).collation(postgres ? "C" : mysql ? "utf8mb4_bin" : "NOCASE"));
        }
        customerColumns.add(column("search", CUSTOM)
                .sqlType(Dialect.POSTGRESQL, "tsvector")
                .sqlType(Dialect.MYSQL, "mediumtext")
                .sqlType(Dialect.SQLITE, "text collate nocase")
                .sqlType(Dialect.MEMORY, "varchar_ignorecase(40)"));
        List<IndexDef> customerIndexes = new ArrayList<>(List.of(
                index("email").unique(), index("name", "score").desc("score").name("customers_by_name")));
        if (postgres || dialect == Dialect.SQLITE) {
            customerIndexes.add(index("score").where("score > 0"));
            customerIndexes.add(indexOn("lower(email)").name("customers_email_lower"));
        }
        if (postgres) {
            customerIndexes.add(index("tags").using("gin"));
            customerIndexes.add(index("externalId").include("name"));
            customerIndexes.add(
                    index("email").opclass("email", "text_pattern_ops").name("customers_email_prefix"));
            customerIndexes.add(index("score", "born")
                    .desc("born")
                    .nullsFirst("score")
                    .nullsLast("born")
                    .name("customers_score_born"));
            customerIndexes.add(index("visits").desc().nullsLast());
            customerIndexes.add(indexOn("lower(name)")
                    .opclass("lower(name)", "text_pattern_ops")
                    .nullsFirst()
                    .name("customers_name_lower"));
        }
        if (mysql) {
            customerIndexes.add(index("bio").using("fulltext"));
            // MySQL's index names are per table: products has a by_name too
            customerIndexes.add(index("name").name("by_name"));
        }
        TableDef customers = defineTable("customers")
                .comment("People who buy")
                .columns(customerColumns.toArray(ColumnDef[]::new))
                .indexes(customerIndexes.toArray(IndexDef[]::new))
                .uniques(unique("name", "email").name("customers_name_email_key"))
                .checks(check("customers_tier_known", "tier IN ('A', 'B', 'C')"));
        TableDef products = defineTable("products")
                .comment("What we sell")
                .columns(
                        column("sku", CHAR).length(8).primaryKey(),
                        column("name", VARCHAR).maxLength(200).notNull(),
                        column("price", NUMERIC)
                                .precision(10, 2)
                                .notNull()
                                .defaultValue(new BigDecimal("9.99"))
                                .check("price >= 0"),
                        column("weight", NUMERIC).precision(8),
                        column("stock", INTEGER).notNull().defaultValue(0).check("stock >= 0"),
                        column("total", NUMERIC)
                                .precision(12, 2)
                                .generatedAs("price * stock")
                                .generatedAs(Dialect.MEMORY, "\"price\" * \"stock\""))
                .timestamps(false);
        if (mysql) {
            products = products.indexes(index("name").name("by_name"));
        }
        ColumnDef orderCustomer = column("customerId", INTEGER)
                .notNull()
                .references(customers, "id")
                .onDelete(RESTRICT)
                .foreignKeyName("fk_orders_customer");
        if (postgres || dialect == Dialect.SQLITE) {
            orderCustomer = orderCustomer.deferral(FkDeferral.INITIALLY_DEFERRED);
        }
        TableDef orders = defineTable("orders")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        orderCustomer,
                        column("placedAt", TIMESTAMP).notNull().defaultNow(),
                        column("status", ORDER_STATUS).notNull().defaultValue("open"))
                .indexes(index("status"));
        TableDef orderLines = defineTable("order_lines")
                .columns(
                        column("orderId", INTEGER)
                                .notNull()
                                .references(orders, "id")
                                .onDelete(CASCADE),
                        column("lineNo", INTEGER).notNull().check("line_no > 0"),
                        column("sku", CHAR)
                                .length(8)
                                .notNull()
                                .references(products, "sku")
                                .onUpdate(CASCADE),
                        column("quantity", INTEGER).notNull(),
                        column("unitPrice", NUMERIC).precision(10, 2).notNull())
                .primaryKey("orderId", "lineNo")
                .checks(check("order_lines_total_sane", "quantity * unit_price < 1000000"))
                .timestamps(false);
        TableDef shipments = defineTable("shipments")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("orderId", INTEGER).notNull(),
                        column("lineNo", INTEGER).notNull(),
                        column("shippedOn", DATE).notNull(),
                        column("createdAt", TIMESTAMP).defaultNow())
                .foreignKeys(foreignKey("orderId", "lineNo")
                        .references(orderLines, "orderId", "lineNo")
                        .onDelete(CASCADE)
                        .name("fk_shipments_line"))
                .timestamps(false);
        ViewDef totals = defineView("order_totals")
                .as("SELECT o.id AS order_id, o.customer_id, SUM(l.quantity * l.unit_price) AS total"
                        + " FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id")
                .as(
                        Dialect.MEMORY,
                        "SELECT o.id AS \"order_id\", o.customer_id, SUM(l.quantity * l.unit_price) AS \"total\""
                                + " FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id")
                .dependsOn(orders, orderLines);
        List<ViewDef> views = new ArrayList<>(List.of(totals));
        if (postgres) {
            views.add(defineView("customer_counts")
                    .as("SELECT tier, count(*) AS n FROM customers GROUP BY tier")
                    .materialized());
        }
        List<SequenceDef> sequences = dialect == Dialect.SQLITE
                ? List.of()
                : List.of(defineSequence("invoice_numbers").startWith(1000).incrementBy(5));
        List<TableDef> tables = new ArrayList<>(List.of(customers, products, orders, orderLines, shipments));
        if (mysql) {
            tables.add(defineTable("places")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("location", CUSTOM)
                                    .sqlType(Dialect.MYSQL, "point")
                                    .notNull())
                    .indexes(index("location").using("spatial"))
                    .timestamps(false));
        }
        return new SchemaDefinition(tables, views, sequences);
    }

    /**
     * PostgreSQL's and H2's named schemas: {@code customers} and {@code notes} in the default schema, {@code
     * sales.orders} with a key to {@code customers} and an enum of {@code sales}, {@code sales.notes} of the same name
     * as the default one, {@code invoices} with a key into {@code sales}, a view and a sequence in {@code sales}.
     */
    static SchemaDefinition namedSchemas() {
        DbSchema sales = defineSchema("sales");
        TableDef customers = defineTable("customers")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("name", VARCHAR).maxLength(100))
                .timestamps(false);
        TableDef notes = defineTable("notes")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("text", VARCHAR).maxLength(100))
                .timestamps(false);
        TableDef salesNotes = sales.defineTable("notes")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("body", VARCHAR).maxLength(100))
                .indexes(index("body"))
                .timestamps(false);
        TableDef orders = sales.defineTable("orders")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("customerId", INTEGER).references(customers, "id"),
                        column("status", sales.defineEnum("order_status", "draft", "paid"))
                                .notNull()
                                .defaultValue("draft"))
                .timestamps(false);
        TableDef invoices = defineTable("invoices")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("orderId", INTEGER).references(orders, "id").onDelete(CASCADE),
                        column("total", INTEGER))
                .timestamps(false);
        ViewDef paid = sales.defineView("paid_orders")
                .as("SELECT id, customer_id FROM sales.orders WHERE status = 'paid'")
                .dependsOn(orders);
        return SchemaDefinition.of(List.of(customers, notes, salesNotes, orders, invoices), List.of(paid))
                .withSequences(List.of(sales.defineSequence("order_numbers").startWith(1000)));
    }
}
