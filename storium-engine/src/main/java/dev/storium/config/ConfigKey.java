package dev.storium.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The configuration keys Storium reads, by dotted path, each with the type of value it takes. */
enum ConfigKey {
    DIALECT("dialect", ValueType.STRING),
    URL("url", ValueType.STRING),
    CREDENTIALS_URL("dbCredentials.url", ValueType.STRING),
    HOST("dbCredentials.host", ValueType.STRING),
    PORT("dbCredentials.port", ValueType.INTEGER),
    DATABASE("dbCredentials.database", ValueType.STRING),
    USER("dbCredentials.user", ValueType.STRING),
    PASSWORD("dbCredentials.password", ValueType.STRING),
    SCHEMA("schema", ValueType.LIST),
    STORES("stores", ValueType.LIST),
    OUT("out", ValueType.STRING),
    MIGRATIONS_TABLE("migrationsTable", ValueType.STRING),
    SEEDS("seeds", ValueType.LIST),
    ASSERTIONS("assertions", ValueType.MAP),
    POOL_MIN("pool.min", ValueType.INTEGER),
    POOL_MAX("pool.max", ValueType.INTEGER);

    private final String path;
    private final ValueType type;

    ConfigKey(String path, ValueType type) {
        this.path = path;
        this.type = type;
    }

    String path() {
        return path;
    }

    ValueType type() {
        return type;
    }

    /** True for keys whose value must never be echoed as it is. */
    boolean secret() {
        return this == PASSWORD;
    }

    /** True for keys holding a database URL, which is echoed only through {@link DatabaseUrl#display}. */
    boolean isUrl() {
        return this == URL || this == CREDENTIALS_URL;
    }

    static Optional<ConfigKey> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    /** True when {@code path} names a group of keys, such as {@code pool} or {@code dbCredentials}. */
    static boolean isGroup(String path) {
        return Arrays.stream(values()).anyMatch(k -> k.path.startsWith(path + "."));
    }

    /** The names allowed directly under {@code prefix} ({@code ""} for the top level), in declaration order. */
    static List<String> namesUnder(String prefix) {
        Set<String> names = new LinkedHashSet<>();
        String start = prefix.isEmpty() ? "" : prefix + ".";
        for (ConfigKey key : values()) {
            if (key.path.startsWith(start)) {
                String rest = key.path.substring(start.length());
                int dot = rest.indexOf('.');
                names.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return new ArrayList<>(names);
    }

    /** The candidate closest to {@code name} (ignoring case, counting swapped letters as one edit), if close enough. */
    static Optional<String> closest(String name, List<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int limit = wanted.length() <= 4 ? 1 : 2;
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
