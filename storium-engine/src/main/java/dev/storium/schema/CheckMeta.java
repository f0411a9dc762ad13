package dev.storium.schema;

import java.util.Objects;

/**
 * A check constraint of a table definition, checked and named.
 *
 * @param name the constraint name: given for a table-level check, {@code {table}_{column}_check} for a column's
 * @param condition the SQL condition, with database column names, as written
 * @param column the DSL key of the column whose {@code .check(...)} declared it, or null for a table-level check
 */
public record CheckMeta(String name, String condition, String column) {
    public CheckMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
    }
}
