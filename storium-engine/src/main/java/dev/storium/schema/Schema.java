package dev.storium.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point of the schema DSL, made for static import:
 *
 * <pre>{@code
 * public static final TableDef USERS = defineTable("users")
 *     .columns(
 *         column("id", UUID).primaryKey().defaultRandomUuid(),
 *         column("email", VARCHAR).maxLength(255).notNull().required())
 *     .indexes(index("email").unique());
 * }</pre>
 */
public final class Schema {
    private Schema() {}

    /** Starts a table definition; the name is the table's database name. */
    public static NamedTable defineTable(String name) {
        return new NamedTable(null, name);
    }

    /**
     * Defines a named database schema (a namespace of PostgreSQL and H2): {@code SALES.defineTable("orders")} puts a
     * table in it, and likewise its enums, views and sequences. 1 to 63 characters from {@code A-Z a-z 0-9 _}, not
     * {@code public} (the default schema) nor a catalog schema ({@code pg_*}, {@code information_schema}).
     * MySQL/MariaDB and SQLite have no such schemas: generate and push refuse objects in one there.
     */
    public static DbSchema defineSchema(String name) {
        return new DbSchema(name);
    }

    /**
     * Starts a view definition; the name is the view's database name. Finish it with {@code .as("SELECT ...")} and,
     * where it reads tables, {@code .dependsOn(TABLE, ...)}.
     */
    public static ViewDef defineView(String name) {
        return new ViewDef(null, name);
    }

    /**
     * Starts a sequence definition; the name is the sequence's database name. It starts at 1 and counts by 1 unless
     * given {@code .startWith(n)} and {@code .incrementBy(n)}.
     */
    public static SequenceDef defineSequence(String name) {
        return new SequenceDef(null, name);
    }

    /** Starts a column; the key is the DSL name, and its snake_case form the database name unless {@code dbName}. */
    public static ColumnDef column(String key, ColumnType type) {
        return new ColumnDef(key, type);
    }

    /**
     * Starts a column of an enum type: its values are those of {@code enumType}, which stores check and the database
     * keeps; the column is {@link ColumnType#ENUM}.
     */
    public static ColumnDef column(String key, EnumDef enumType) {
        Objects.requireNonNull(enumType, "enum type");
        ColumnDef column = new ColumnDef(key, ColumnType.ENUM);
        column.enumType = enumType;
        return column;
    }

    /**
     * Defines a named enum type: its name (a PostgreSQL type name, 1 to 63 characters from {@code A-Z a-z 0-9 _}) and
     * its values in order, such as {@code defineEnum("order_status", "draft", "paid", "shipped")}. Values are distinct
     * (without regard to case), 1 to 63 bytes, without quotes, backslashes, control characters or spaces at either end.
     * Keep it in a {@code public static final EnumDef} constant and give it to {@link #column(String, EnumDef)}.
     */
    public static EnumDef defineEnum(String name, String... values) {
        Objects.requireNonNull(values, "values");
        return new EnumDef(null, name, Arrays.asList(values), java.util.Map.of());
    }

    /** Starts an index over these columns, named by DSL key. */
    public static IndexDef index(String... keys) {
        return new IndexDef(List.copyOf(Arrays.asList(keys)), List.of());
    }

    /**
     * Starts an index on SQL expressions, such as {@code indexOn("lower(email)")}, written with the table's database
     * column names; it must be named with {@code .name(...)}. PostgreSQL and SQLite have such indexes; MySQL/MariaDB
     * and H2 do not, and refuse it when a migration is generated.
     */
    public static IndexDef indexOn(String... expressions) {
        return new IndexDef(List.of(), List.copyOf(Arrays.asList(expressions)));
    }

    /**
     * A unique constraint over these columns (DSL keys, in order), {@code CONSTRAINT name UNIQUE (...)} in the
     * database, named {@code {table}_{columns}_unique} unless {@code .name(...)}; give it to {@link
     * TableDef#uniques(UniqueDef...)}. A foreign key may reference it, as it may a unique index.
     */
    public static UniqueDef unique(String... keys) {
        return new UniqueDef(Arrays.asList(keys), null);
    }

    /**
     * A table-level check constraint: its name (unique in the schema) and an SQL condition every row must meet, written
     * with the table's database column names, such as {@code check("orders_total_positive", "total >= 0")}. Give it
     * to {@link TableDef#checks(CheckDef...)}.
     */
    public static CheckDef check(String name, String condition) {
        return new CheckDef(name, condition);
    }

    /**
     * A table-level foreign key over these columns (DSL keys, in order), to finish with {@code .references(TABLE,
     * "a", "b")} or {@code .references("table_name", "a", "b")}; give it to {@link
     * TableDef#foreignKeys(ForeignKeyDef...)}.
     */
    public static ForeignKeyDef foreignKey(String... columnKeys) {
        return new ForeignKeyDef(Arrays.asList(columnKeys), null, null, List.of(), null, null, null, null);
    }

    /** Empty table-level access flags, to extend with {@code .hidden(...)} and {@code .readonly(...)}. */
    public static Access access() {
        return new Access(Set.of(), Set.of());
    }
}
