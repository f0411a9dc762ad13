package dev.storium.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** Naming rules of the DSL: snake_case database names, identifier checks, and shortening of long generated names. */
final class Names {
    /** PostgreSQL keeps 63 bytes of an identifier (MySQL 64); every name Storium writes fits in this. */
    static final int MAX_LENGTH = 63;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_WORD = Pattern.compile("([A-Z])([A-Z][a-z])");
    private static final int HASH_LENGTH = 8;

    private Names() {}

    /** {@code fullName} to {@code full_name}, {@code userID} to {@code user_id}, {@code HTTPServer} to {@code http_server}. */
    static String snakeCase(String key) {
        String split = ACRONYM_WORD
                .matcher(LOWER_UPPER.matcher(key).replaceAll("$1_$2"))
                .replaceAll("$1_$2");
        return split.toLowerCase(java.util.Locale.ROOT);
    }

    /** True for a non-empty name of letters, digits and underscores. */
    static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** The database name of an object in {@code schema} (null: the default schema): {@code schema.name}, or the name. */
    static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** The part of a database name after its schema: {@code orders} of {@code sales.orders} and of {@code orders}. */
    static String local(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The name itself when it fits in 63 characters, else a readable prefix, an underscore and a short hash. */
    static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        return name.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "_" + hash(name);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < HASH_LENGTH; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
