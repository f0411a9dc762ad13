package com.example.shop;

import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.RESTRICT;
import static dev.storium.schema.FkAction.SET_NULL;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static dev.storium.schema.Schema.foreignKey;
import static dev.storium.schema.Schema.index;

import dev.storium.config.Dialect;
import dev.storium.schema.EnumDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;

/**
 * A small shop: customers place orders of products, each order has numbered lines, and lines are shipped. It uses what
 * real schemas use: check constraints on columns and tables, a natural fixed-length key (a product's SKU), a composite
 * primary key and a composite foreign key to it, two tables that reference each other (an order's customer, a
 * customer's favourite order), named keys, comments on tables and columns, an enum (an order's status) and a view
 * (each order's total). The enum and the view came in the second migration, as a schema grows.
 */
public final class ShopSchema {
    public static final TableDef CUSTOMERS = defineTable("customers")
            .comment("People who buy")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("email", VARCHAR).maxLength(200).notNull(),
                    column("name", VARCHAR).maxLength(100).notNull(),
                    column("tier", CHAR).length(1).notNull().defaultValue("B").comment("A, B or C"),
                    // a key to a table declared further down names it: the two tables reference each other
                    column("favouriteOrderId", INTEGER).references("orders", "id").onDelete(SET_NULL))
            .indexes(index("email").unique())
            .checks(check("customers_tier_known", "tier IN ('A', 'B', 'C')"));

    public static final TableDef PRODUCTS = defineTable("products")
            .comment("What we sell")
            .columns(
                    column("sku", CHAR).length(8).primaryKey().comment("Stock keeping unit, 8 characters"),
                    column("name", VARCHAR).maxLength(200).notNull(),
                    column("price", NUMERIC).precision(10, 2).notNull().check("price >= 0"),
                    column("stock", INTEGER).notNull().defaultValue(0).check("stock >= 0"))
            .timestamps(false);

    /** Where an order stands; a PostgreSQL enum type, MySQL's enum(...), a checked varchar on SQLite. */
    public static final EnumDef ORDER_STATUS = defineEnum("order_status", "open", "paid", "shipped", "cancelled");

    public static final TableDef ORDERS = defineTable("orders")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("customerId", INTEGER)
                            .notNull()
                            .references(CUSTOMERS, "id")
                            .onDelete(RESTRICT)
                            .foreignKeyName("fk_orders_customer"),
                    column("placedAt", TIMESTAMP).notNull().defaultNow(),
                    column("status", ORDER_STATUS).notNull().defaultValue("open"))
            .timestamps(false);

    public static final TableDef ORDER_LINES = defineTable("order_lines")
            .comment("One product of an order; lines are numbered from 1 within their order")
            .columns(
                    column("orderId", INTEGER).notNull().references(ORDERS, "id").onDelete(CASCADE),
                    column("lineNo", INTEGER).notNull().check("line_no > 0"),
                    column("sku", CHAR).length(8).notNull().references(PRODUCTS, "sku"),
                    column("quantity", INTEGER).notNull().check("quantity > 0"),
                    column("unitPrice", NUMERIC).precision(10, 2).notNull())
            .primaryKey("orderId", "lineNo")
            .checks(check("order_lines_total_sane", "quantity * unit_price < 1000000"))
            .timestamps(false);

    public static final TableDef SHIPMENTS = defineTable("shipments")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("orderId", INTEGER).notNull(),
                    column("lineNo", INTEGER).notNull(),
                    column("shippedOn", DATE).notNull())
            .foreignKeys(foreignKey("orderId", "lineNo")
                    .references(ORDER_LINES, "orderId", "lineNo")
                    .onDelete(CASCADE)
                    .name("fk_shipments_line"))
            .timestamps(false);

    /**
     * Each order's total: a view over orders and their lines, created after them and re-created when they change. H2
     * gets its own query: it folds the unquoted alias {@code total} to {@code TOTAL}, which is not a column of the
     * schema that Storium would quote for it.
     */
    public static final ViewDef ORDER_TOTALS = defineView("order_totals")
            .as("SELECT o.id AS order_id, o.customer_id, SUM(l.quantity * l.unit_price) AS total"
                    + " FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id")
            .as(
                    Dialect.MEMORY,
                    "SELECT o.id AS \"order_id\", o.customer_id, SUM(l.quantity * l.unit_price) AS \"total\""
                            + " FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id")
            .dependsOn(ORDERS, ORDER_LINES);

    private ShopSchema() {}
}
