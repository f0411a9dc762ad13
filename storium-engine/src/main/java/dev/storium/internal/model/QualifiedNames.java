package dev.storium.internal.model;

import java.util.Optional;

/**
 * The database names of tables, enums, views and sequences in a named schema: {@code sales.orders}, the schema, a dot
 * and the name inside it; a name without a dot is in the connection's default schema ({@code public} on PostgreSQL,
 * {@code PUBLIC} on H2, the database itself on MySQL and SQLite). Names inside a schema never hold a dot (the DSL
 * refuses one), so the first dot splits a name.
 */
public final class QualifiedNames {
    private QualifiedNames() {}

    /** The schema of a database name, empty for one in the default schema. */
    public static Optional<String> schema(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
    }

    /** The name inside its schema: {@code orders} of {@code sales.orders} and of {@code orders}. */
    public static String local(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The database name of {@code local} in {@code schema} (empty or null: the default schema). */
    public static String of(String schema, String local) {
        return schema == null || schema.isEmpty() ? local : schema + "." + local;
    }

    /** True when both names are in the same schema (both in the default one included). */
    public static boolean sameSchema(String one, String other) {
        return schema(one).equals(schema(other));
    }

    /**
     * A name kept per schema ({@code constraint}, index) as the key of a map over the whole model: the schema of
     * {@code owner} and the name.
     */
    static String scoped(String owner, String name) {
        return schema(owner).map(s -> s + "." + name).orElse(name);
    }
}
