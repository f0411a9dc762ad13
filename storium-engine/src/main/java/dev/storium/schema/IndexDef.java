package dev.storium.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One index as written in the DSL, started by {@link Schema#index(String...)} with the DSL keys of its columns, or by
 * {@link Schema#indexOn(String...)} with SQL expressions. Each option returns a new index; it is checked when given to
 * {@link TableDef#indexes(IndexDef...)}, and what a database cannot build is refused when a migration is generated or
 * pushed for it.
 */
public final class IndexDef {
    final List<String> columns;
    final List<String> expressions;
    boolean unique;
    String name;
    String where;
    List<String> descending = List.of();
    boolean allDescending;
    String method;
    List<String> include = List.of();
    /** Operator classes by key part (a DSL key, or an expression as written), in the order given. */
    Map<String, String> opclasses = Map.of();
    /** {@code first} or {@code last} by DSL key; the key {@code ""} for every part. */
    Map<String, String> nulls = Map.of();

    IndexDef(List<String> columns, List<String> expressions) {
        this.columns = List.copyOf(columns);
        this.expressions = List.copyOf(expressions);
    }

    /** A copy of this index with one change made to it: every option returns a new index. */
    private IndexDef with(Consumer<IndexDef> change) {
        IndexDef copy = new IndexDef(columns, expressions);
        copy.unique = unique;
        copy.name = name;
        copy.where = where;
        copy.descending = descending;
        copy.allDescending = allDescending;
        copy.method = method;
        copy.include = include;
        copy.opclasses = opclasses;
        copy.nulls = nulls;
        change.accept(copy);
        return copy;
    }

    /** Makes the index unique. */
    public IndexDef unique() {
        return with(i -> i.unique = true);
    }

    /** Names the index, instead of {@code {table}_{columns}_unique} or {@code {table}_{columns}_idx}. */
    public IndexDef name(String indexName) {
        return with(i -> i.name = indexName);
    }

    /** Makes the index partial: only rows matching this SQL predicate (written with database column names). */
    public IndexDef where(String predicate) {
        return with(i -> i.where = predicate);
    }

    /**
     * Sorts these indexed columns (DSL keys) descending, the others ascending; with no keys, every column or
     * expression of the index sorts descending.
     */
    public IndexDef desc(String... keys) {
        return with(i -> {
            i.descending = List.of(keys);
            i.allDescending = keys.length == 0;
        });
    }

    /**
     * Builds the index with this access method instead of the default b-tree: {@code btree}, {@code hash}, {@code
     * gin}, {@code gist}, {@code brin}, {@code spgist} (PostgreSQL), {@code fulltext} or {@code spatial} (MySQL/MariaDB,
     * the latter over a {@code NOT NULL} geometry column). SQLite and H2 have none of them.
     */
    public IndexDef using(String accessMethod) {
        return with(i -> i.method = accessMethod);
    }

    /**
     * Carries these columns (DSL keys) in the index without making them part of its key: PostgreSQL's {@code INCLUDE
     * (...)}, which the other databases do not have.
     */
    public IndexDef include(String... keys) {
        return with(i -> i.include = List.of(keys));
    }

    /**
     * Indexes one key part with this operator class instead of its type's default (PostgreSQL): {@code
     * opclass("email", "text_pattern_ops")} for {@code LIKE 'abc%'} lookups, {@code opclass("title",
     * "gin_trgm_ops")} with {@code using("gin")}. The part is a DSL key, or for {@code indexOn(...)} the expression as
     * written.
     */
    public IndexDef opclass(String part, String operatorClass) {
        return with(i -> {
            Map<String, String> next = new LinkedHashMap<>(opclasses);
            next.put(part, operatorClass);
            i.opclasses = next;
        });
    }

    /**
     * Sorts nulls before the other values in these columns (DSL keys), or with no keys in every part (PostgreSQL
     * {@code NULLS FIRST}); by default nulls come last ascending and first descending.
     */
    public IndexDef nullsFirst(String... keys) {
        return nulls("first", keys);
    }

    /** Sorts nulls after the other values in these columns (DSL keys), or with no keys in every part. */
    public IndexDef nullsLast(String... keys) {
        return nulls("last", keys);
    }

    private IndexDef nulls(String order, String... keys) {
        return with(i -> {
            Map<String, String> next = new LinkedHashMap<>(nulls);
            if (keys.length == 0) {
                next.put("", order);
            }
            for (String key : keys) {
                next.put(key, order);
            }
            i.nulls = next;
        });
    }
}
