package dev.storium.store;

import java.util.Objects;

/**
 * One sort key of a read: a column by DSL key, ascending or descending.
 *
 * @param key the column's DSL key
 * @param descending true for descending order
 */
public record Order(String key, boolean descending) {
    public Order {
        Objects.requireNonNull(key, "key");
    }

    /** Ascending by the column with this DSL key. */
    public static Order asc(String key) {
        return new Order(key, false);
    }

    /** Descending by the column with this DSL key. */
    public static Order desc(String key) {
        return new Order(key, true);
    }
}
