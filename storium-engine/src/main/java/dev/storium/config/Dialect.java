package dev.storium.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The databases Storium speaks to; {@link #MEMORY} is H2 running in memory. */
public enum Dialect {
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    SQLITE("sqlite"),
    MEMORY("memory");

    private final String key;

    Dialect(String key) {
        this.key = key;
    }

    /** The name used in configuration files and in the journal, such as {@code postgresql}. */
    public String key() {
        return key;
    }

    /** Looks a dialect up by its configuration name, ignoring case; empty when there is none of that name. */
    public static Optional<Dialect> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.key.equals(wanted)).findFirst();
    }

    /**
     * The dialect of a database by the product name its JDBC driver reports ({@code DatabaseMetaData
     * .getDatabaseProductName()}): PostgreSQL, MySQL, MariaDB, SQLite, H2; empty for any other product.
     */
    public static Optional<Dialect> fromProductName(String productName) {
        String product = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
        switch (product) {
            case "postgresql":
                return Optional.of(POSTGRESQL);
            case "mysql":
            case "mariadb":
                return Optional.of(MYSQL);
            case "sqlite":
                return Optional.of(SQLITE);
            case "h2":
                return Optional.of(MEMORY);
            default:
                return Optional.empty();
        }
    }

    /** The accepted configuration names, comma separated, for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Dialect::key).collect(Collectors.joining(", "));
    }
}
