package dev.storium.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An index, unique or not, possibly partial, or a unique constraint (which the databases keep as a unique index).
 *
 * @param name the index name, unique within the schema
 * @param columns the indexed columns' database names, in order; empty for an index on expressions
 * @param unique whether the index is unique
 * @param where the predicate of a partial index (SQL text), or null
 * @param constraint whether it is a unique constraint ({@code CONSTRAINT name UNIQUE (...)}) rather than an index
 * @param descending per key part (column or expression, in order), whether it is sorted descending; empty when none is
 * @param method the access method other than the default b-tree ({@code gin}, {@code gist}, {@code brin}, {@code
 *     hash}, {@code spgist}, {@code fulltext}, {@code spatial}), lower case, or null for the default
 * @param include the non-key columns carried in the index (PostgreSQL {@code INCLUDE}), database names
 * @param expressions the SQL expressions indexed, as written in the code, for an index on expressions (then {@code
 *     columns} is empty); empty for an index on columns
 * @param opclasses per key part, its operator class other than the default ({@code text_pattern_ops}), or null for
 *     the default; empty when every part has the default (PostgreSQL)
 * @param nulls per key part, {@code first} or {@code last} where the part puts nulls otherwise than its sort order
 *     does by default (last ascending, first descending), else null; empty when none does (PostgreSQL)
 */
public record Index(
        String name,
        List<String> columns,
        boolean unique,
        String where,
        boolean constraint,
        List<Boolean> descending,
        String method,
        List<String> include,
        List<String> expressions,
        List<String> opclasses,
        List<String> nulls) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        descending = descending == null || !descending.contains(Boolean.TRUE) ? List.of() : List.copyOf(descending);
        method = method == null || method.equalsIgnoreCase("btree") ? null : method.toLowerCase(Locale.ROOT);
        include = include == null ? List.of() : List.copyOf(include);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        if (columns.isEmpty() == expressions.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs either columns or expressions, not "
                    + (columns.isEmpty() ? "neither" : "both"));
        }
        if (!descending.isEmpty() && descending.size() != columns.size() + expressions.size()) {
            throw new IllegalArgumentException("index " + name + " has a sort order for " + descending.size()
                    + " key parts but " + (columns.size() + expressions.size()));
        }
        int parts = columns.size() + expressions.size();
        opclasses = perPart(name, "operator class", opclasses, parts);
        List<String> given = perPart(name, "nulls order", nulls, parts);
        List<String> unusual = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String order = given.get(i) == null ? null : given.get(i).toLowerCase(Locale.ROOT);
            if (order != null && !order.equals("first") && !order.equals("last")) {
                throw new IllegalArgumentException(
                        "index " + name + ": nulls order " + order + " is neither first" + " nor last");
            }
            boolean descendingPart = !descending.isEmpty() && descending.get(i);
            unusual.add(order == null || order.equals(descendingPart ? "first" : "last") ? null : order);
        }
        nulls = perPart(name, "nulls order", unusual, parts);
        if (constraint
                && (!unique
                        || where != null
                        || method != null
                        || !expressions.isEmpty()
                        || !opclasses.isEmpty()
                        || !nulls.isEmpty())) {
            throw new IllegalArgumentException("unique constraint " + name + " must be a plain unique column list");
        }
    }

    /** An index without operator classes or nulls order other than the defaults. */
    public Index(
            String name,
            List<String> columns,
            boolean unique,
            String where,
            boolean constraint,
            List<Boolean> descending,
            String method,
            List<String> include,
            List<String> expressions) {
        this(name, columns, unique, where, constraint, descending, method, include, expressions, null, null);
    }

    /** A plain index on columns: no constraint, sort order, method, included columns or expressions. */
    public Index(String name, List<String> columns, boolean unique, String where) {
        this(name, columns, unique, where, false, List.of(), null, List.of(), List.of());
    }

    /** A unique constraint over these columns. */
    public static Index uniqueConstraint(String name, List<String> columns) {
        return new Index(name, columns, true, null, true, List.of(), null, List.of(), List.of());
    }

    /** This index over other columns and included columns (after a rename), everything else kept. */
    public Index withColumns(List<String> newColumns, List<String> newInclude) {
        return new Index(
                name,
                newColumns,
                unique,
                where,
                constraint,
                descending,
                method,
                newInclude,
                expressions,
                opclasses,
                nulls);
    }

    /** This index under another name, everything else kept. */
    public Index withName(String newName) {
        return new Index(
                newName,
                columns,
                unique,
                where,
                constraint,
                descending,
                method,
                include,
                expressions,
                opclasses,
                nulls);
    }

    /** This index with the kind of the other ({@code constraint} or not), everything else kept. */
    public Index withConstraint(boolean isConstraint) {
        return new Index(
                name, columns, unique, where, isConstraint, descending, method, include, expressions, opclasses, nulls);
    }

    /** The operator class of the key part at this position (from 0), or null for its type's default. */
    public String opclass(int part) {
        return opclasses.isEmpty() ? null : opclasses.get(part);
    }

    /** {@code first} or {@code last} where the key part at this position puts nulls otherwise than by default. */
    public String nulls(int part) {
        return nulls.isEmpty() ? null : nulls.get(part);
    }

    /** A per-part list with nulls allowed: empty when absent or all null, else a copy of the right size. */
    private static List<String> perPart(String name, String what, List<String> values, int parts) {
        if (values == null || values.stream().allMatch(Objects::isNull)) {
            return List.of();
        }
        if (values.size() != parts) {
            throw new IllegalArgumentException(
                    "index " + name + " has a " + what + " for " + values.size() + " key parts but " + parts);
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The number of key parts: columns or expressions. */
    public int size() {
        return columns.size() + expressions.size();
    }

    /** True when the key part at this position (from 0) is sorted descending. */
    public boolean descending(int part) {
        return !descending.isEmpty() && descending.get(part);
    }

    /**
     * The index as a report names it: {@code unique constraint users_email_unique (email)}, {@code index
     * posts_recent_idx (created_at DESC) using brin include (title) where (...)}.
     */
    public String summary() {
        StringBuilder text = new StringBuilder(constraint ? "unique constraint " : unique ? "unique index " : "index ");
        text.append(name).append(" (");
        List<String> parts = parts();
        for (int i = 0; i < parts.size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(parts.get(i))
                    .append(opclass(i) == null ? "" : " " + opclass(i))
                    .append(descending(i) ? " DESC" : "")
                    .append(nulls(i) == null ? "" : " NULLS " + nulls(i).toUpperCase(Locale.ROOT));
        }
        text.append(')');
        if (method != null) {
            text.append(" using ").append(method);
        }
        if (!include.isEmpty()) {
            text.append(" include (").append(String.join(", ", include)).append(')');
        }
        if (where != null) {
            text.append(" where ").append(where);
        }
        return text.toString();
    }

    /** The key parts as text: the column names, or the expressions. */
    public List<String> parts() {
        return expressions.isEmpty() ? columns : expressions;
    }
}
