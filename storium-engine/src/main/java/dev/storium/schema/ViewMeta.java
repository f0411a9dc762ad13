package dev.storium.schema;

import dev.storium.config.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Storium's metadata of a view definition ({@link ViewDef#storium()}), checked.
 *
 * @param name the view's database name
 * @param query the query for every dialect without its own, or null
 * @param queries the queries given for one dialect each
 * @param dependsOn the database names of the tables and views it declares it reads, in order, without repeats
 * @param materialized true for a materialized view (PostgreSQL only)
 */
public record ViewMeta(
        String name, String query, Map<Dialect, String> queries, List<String> dependsOn, boolean materialized) {
    public ViewMeta {
        Objects.requireNonNull(name, "name");
        queries = queries.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(queries));
        dependsOn = List.copyOf(dependsOn);
    }

    /** The query on {@code dialect}: its own, else the one for every dialect, else null. */
    public String query(Dialect dialect) {
        return queries.getOrDefault(dialect, query);
    }
}
