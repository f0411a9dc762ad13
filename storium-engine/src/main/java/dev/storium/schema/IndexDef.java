package dev.storium.schema;

import java.util.List;

/**
 * One index as written in the DSL, started by {@link Schema#index(String...)} with the DSL keys of its columns. Each
 * option returns a new index; it is checked when given to {@link TableDef#indexes(IndexDef...)}.
 */
public final class IndexDef {
    final List<String> columns;
    final boolean unique;
    final String name;
    final String where;

    IndexDef(List<String> columns, boolean unique, String name, String where) {
        this.columns = List.copyOf(columns);
        this.unique = unique;
        this.name = name;
        this.where = where;
    }

    /** Makes the index unique. */
    public IndexDef unique() {
        return new IndexDef(columns, true, name, where);
    }

    /** Names the index, instead of {@code {table}_{columns}_unique} or {@code {table}_{columns}_idx}. */
    public IndexDef name(String indexName) {
        return new IndexDef(columns, unique, indexName, where);
    }

    /** Makes the index partial: only rows matching this SQL predicate (written with database column names). */
    public IndexDef where(String predicate) {
        return new IndexDef(columns, unique, name, predicate);
    }
}
