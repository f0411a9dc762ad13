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
}
