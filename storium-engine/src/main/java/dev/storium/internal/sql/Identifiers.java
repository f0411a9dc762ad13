package dev.storium.internal.sql;

import dev.storium.config.Dialect;

/** Identifiers quoted as each dialect writes them: the one quoting rule of the renderers and the catalog readers. */
public final class Identifiers {
    private Identifiers() {}

    /**
     * The identifier in the dialect's quotes, backticks on MySQL and double quotes elsewhere, with any quote inside it
     * doubled.
     */
    public static String quote(Dialect dialect, String identifier) {
        String quote = dialect == Dialect.MYSQL ? "`" : "\"";
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /**
     * The database name of a table, enum, view or sequence, each part quoted: {@code "sales"."orders"} for one in a
     * named schema (the model's {@code sales.orders}), {@code "orders"} for one in the default schema.
     */
    public static String qualified(Dialect dialect, String name) {
        int dot = name.indexOf('.');
        return dot < 0
                ? quote(dialect, name)
                : quote(dialect, name.substring(0, dot)) + "." + quote(dialect, name.substring(dot + 1));
    }
}
