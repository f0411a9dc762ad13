package dev.storium.docs.context;

import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;

import dev.storium.schema.TableDef;

/** The tables the docs' examples name before (or without) defining them. */
public final class DocTables {
    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR).maxLength(255));

    public static final TableDef POSTS = defineTable("posts")
            .columns(column("id", SERIAL).primaryKey(), column("authorId", UUID).references(USERS, "id"));

    public static final TableDef CUSTOMERS =
            defineTable("customers").columns(column("id", SERIAL).primaryKey(), column("email", VARCHAR));

    public static final TableDef ORDERS = defineTable("orders")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("customerId", INTEGER).references(CUSTOMERS, "id"));

    public static final TableDef SHIFTS = defineTable("shifts")
            .columns(
                    column("employeeId", INTEGER).notNull(), column("day", DATE).notNull())
            .primaryKey("employeeId", "day");

    private DocTables() {}
}
