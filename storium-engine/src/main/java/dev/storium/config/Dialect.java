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

    /** The accepted configuration names, comma separated, for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Dialect::key).collect(Collectors.joining(", "));
    }
}
