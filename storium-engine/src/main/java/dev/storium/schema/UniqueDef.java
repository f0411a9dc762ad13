package dev.storium.schema;

import java.util.List;

/**
 * A unique constraint as written in the DSL, from {@link Schema#unique(String...)}: {@code CONSTRAINT name UNIQUE
 * (...)} in the database, which a foreign key may reference, as opposed to a unique index ({@code
 * index(...).unique()}). It is checked when given to {@link TableDef#uniques(UniqueDef...)}.
 */
public final class UniqueDef {
    final List<String> columns;
    final String name;

    UniqueDef(List<String> columns, String name) {
        this.columns = List.copyOf(columns);
        this.name = name;
    }

    /** Names the constraint, instead of {@code {table}_{columns}_unique}. */
    public UniqueDef name(String constraintName) {
        return new UniqueDef(columns, constraintName);
    }
}
