package dev.storium.schema;

import java.util.List;

/**
 * One index as written in the DSL, started by {@link Schema#index(String...)} with the DSL keys of its columns, or by
 * {@link Schema#indexOn(String...)} with SQL expressions. Each option returns a new index; it is checked when given to
 * {@link TableDef#indexes(IndexDef...)}, and what a database cannot build is refused when a migration is generated or
 * pushed for it.
 */
public final class IndexDef {
    final List<String> columns;
    final List<String> expressions;
    final boolean unique;
    final String name;
    final String where;
    final List<String> descending;
    final boolean allDescending;
    final String method;
    final List<String> include;

    IndexDef(List<String> columns, List<String> expressions) {
        this(columns, expressions, false, null, null, List.of(), false, null, List.of());
    }

    private IndexDef(
            List<String> columns,
            List<String> expressions,
            boolean unique,
            String name,
            String where,
            List<String> descending,
            boolean allDescending,
            String method,
            List<String> include) {
        this.columns = List.copyOf(columns);
        this.expressions = List.copyOf(expressions);
        this.unique = unique;
        this.name = name;
        this.where = where;
        this.descending = List.copyOf(descending);
        this.allDescending = allDescending;
        this.method = method;
        this.include = List.copyOf(include);
    }

    /** Makes the index unique. */
    public IndexDef unique() {
        return new IndexDef(columns, expressions, true, name, where, descending, allDescending, method, include);
    }

    /** Names the index, instead of {@code {table}_{columns}_unique} or {@code {table}_{columns}_idx}. */
    public IndexDef name(String indexName) {
        return new IndexDef(columns, expressions, unique, indexName, where, descending, allDescending, method, include);
    }

    /** Makes the index partial: only rows matching this SQL predicate (written with database column names). */
    public IndexDef where(String predicate) {
        return new IndexDef(columns, expressions, unique, name, predicate, descending, allDescending, method, include);
    }

    /**
     * Sorts these indexed columns (DSL keys) descending, the others ascending; with no keys, every column or
     * expression of the index sorts descending.
     */
    public IndexDef desc(String... keys) {
        return new IndexDef(
                columns, expressions, unique, name, where, List.of(keys), keys.length == 0, method, include);
    }

    /**
     * Builds the index with this access method instead of the default b-tree: {@code btree}, {@code hash}, {@code
     * gin}, {@code gist}, {@code brin}, {@code spgist} (PostgreSQL), {@code fulltext} or {@code spatial} (MySQL/MariaDB,
     * the latter over a {@code NOT NULL} geometry column). SQLite and H2 have none of them.
     */
    public IndexDef using(String accessMethod) {
        return new IndexDef(
                columns, expressions, unique, name, where, descending, allDescending, accessMethod, include);
    }

    /**
     * Carries these columns (DSL keys) in the index without making them part of its key: PostgreSQL's {@code INCLUDE
     * (...)}, which the other databases do not have.
     */
    public IndexDef include(String... keys) {
        return new IndexDef(
                columns, expressions, unique, name, where, descending, allDescending, method, List.of(keys));
    }
}
