package dev.storium.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An index (or a unique constraint) of a table definition, with its final name.
 *
 * @param name the index name (given, or {@code {table}_{columns}_unique} / {@code _idx})
 * @param columns the indexed columns' DSL keys, in order; empty for an index on expressions
 * @param dbColumns the same columns' database names
 * @param unique whether the index is unique
 * @param where the predicate of a partial index (SQL text), or null
 * @param constraint whether it is a unique constraint ({@link Schema#unique(String...)}) rather than an index
 * @param descending per key part, whether it sorts descending; empty when every part sorts ascending
 * @param method the access method given with {@code using(...)}, lower case, or null for the default
 * @param include the database names of the columns given with {@code include(...)}
 * @param expressions the SQL expressions of an index from {@link Schema#indexOn(String...)}, else empty
 * @param opclasses per key part, the operator class given with {@code opclass(...)} or null; empty when none is
 * @param nulls per key part, {@code first} or {@code last} as given with {@code nullsFirst}/{@code nullsLast}, or
 *     null; empty when none is
 */
public record IndexMeta(
        String name,
        List<String> columns,
        List<String> dbColumns,
        boolean unique,
        String where,
        boolean constraint,
        List<Boolean> descending,
        String method,
        List<String> include,
        List<String> expressions,
        List<String> opclasses,
        List<String> nulls) {
    public IndexMeta {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        dbColumns = List.copyOf(dbColumns);
        descending = List.copyOf(descending);
        include = List.copyOf(include);
        expressions = List.copyOf(expressions);
        opclasses = opclasses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(opclasses));
        nulls = nulls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(nulls));
    }

    /** A plain index on columns, as before sort orders, methods, included columns and expressions. */
    public IndexMeta(String name, List<String> columns, List<String> dbColumns, boolean unique, String where) {
        this(name, columns, dbColumns, unique, where, false, List.of(), null, List.of(), List.of(), null, null);
    }
}
