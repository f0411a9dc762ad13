package dev.storium.schema;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A named database schema (a PostgreSQL or H2 namespace), from {@link Schema#defineSchema(String)}: the tables, enums,
 * views and sequences it defines live in it, and their database name is qualified by it ({@code sales.orders}).
 * Objects defined through {@link Schema} itself stay in the connection's default schema ({@code public} on
 * PostgreSQL, {@code PUBLIC} on H2). Keep it in a {@code public static final DbSchema} constant:
 *
 * <pre>{@code
 * public static final DbSchema SALES = defineSchema("sales");
 * public static final TableDef ORDERS = SALES.defineTable("orders").columns(column("id", SERIAL).primaryKey());
 * }</pre>
 *
 * PostgreSQL and H2 only: MySQL/MariaDB (where a schema is a database) and SQLite refuse it at generate and push with
 * {@link ErrorCode#UNSUPPORTED}.
 */
public final class DbSchema {
    private final String name;

    DbSchema(String name) {
        this.name = checked(name);
    }

    /** The schema's database name, as written. */
    public String name() {
        return name;
    }

    /** Starts a table definition in this schema; the name is the table's database name inside it. */
    public NamedTable defineTable(String tableName) {
        return new NamedTable(name, tableName);
    }

    /**
     * Defines an enum type in this schema (a PostgreSQL type {@code sales.order_status}), as {@link
     * Schema#defineEnum(String, String...)} does in the default one.
     */
    public EnumDef defineEnum(String enumName, String... values) {
        Objects.requireNonNull(values, "values");
        return new EnumDef(name, enumName, Arrays.asList(values), java.util.Map.of());
    }

    /** Starts a view definition in this schema, as {@link Schema#defineView(String)} does in the default one. */
    public ViewDef defineView(String viewName) {
        return new ViewDef(name, viewName);
    }

    /** Starts a sequence definition in this schema, as {@link Schema#defineSequence(String)} does in the default one. */
    public SequenceDef defineSequence(String sequenceName) {
        return new SequenceDef(name, sequenceName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DbSchema && ((DbSchema) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "schema " + name;
    }

    private static String checked(String name) {
        if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw error(
                    String.valueOf(name),
                    "the name is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "name the schema using only letters, digits and underscores, such as defineSchema(\"sales\")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("public")) {
            throw error(
                    name,
                    "it is the default schema, where objects defined without a schema already live",
                    "define the objects with Schema.defineTable(...) (and defineEnum, defineView, defineSequence)"
                            + " instead");
        }
        if (lower.startsWith("pg_") || lower.equals("information_schema")) {
            throw error(
                    name,
                    "it is a schema the database keeps for its own catalog",
                    "give the schema another name, such as defineSchema(\"sales\")");
        }
        return name;
    }

    private static StoriumException error(String name, String problem, String fix) {
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION, "Schema " + name + ": " + problem + ". Fix: " + fix + ".");
    }
}
