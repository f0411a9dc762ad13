package dev.storium.config;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds the tree of nested maps a {@link TreeReader} walks from flat dotted keys ({@code pool.max=5}). */
final class DottedKeys {
    private DottedKeys() {}

    /** The tree of {@code flat}; null values are left out, map values are merged in under their key. */
    static Map<String, Object> tree(Map<String, ?> flat, Source source) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (flat == null) {
            return root;
        }
        for (Map.Entry<String, ?> entry : new TreeMap<String, Object>(flat).entrySet()) {
            if (entry.getValue() != null) {
                put(root, entry.getKey(), entry.getValue(), source);
            }
        }
        return root;
    }

    private static void put(Map<String, Object> root, String key, Object value, Source source) {
        String[] parts = key.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts, i, source);
        }
        String last = parts[parts.length - 1];
        Object existing = node.get(last);
        if (existing instanceof Map && value instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> group = (Map<String, Object>) existing;
            ((Map<?, ?>) value).forEach((k, v) -> group.putIfAbsent(String.valueOf(k), v));
        } else if (existing != null) {
            throw conflict(key, source);
        } else {
            node.put(last, value instanceof Map ? new LinkedHashMap<>((Map<?, ?>) value) : value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> node, String[] parts, int i, Source source) {
        Object existing = node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        if (!(existing instanceof Map)) {
            throw conflict(String.join(".", java.util.Arrays.copyOf(parts, i + 1)), source);
        }
        return (Map<String, Object>) existing;
    }

    private static StoriumException conflict(String key, Source source) {
        return new StoriumException(
                ErrorCode.CONFIG,
                "Conflicting " + source.describe(key)
                        + ": it is set both as one value and as a group of keys under it. " + "Set either "
                        + source.spell(key) + " or the keys under it, not both.");
    }
}
