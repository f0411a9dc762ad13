package dev.storium.internal.pull;

import dev.storium.internal.model.Index;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One index as {@code index("a", "b")} or {@code indexOn("lower(email)")}, or one unique constraint as {@code
 * unique("a")}, with its options; the name only where it is not the DSL's automatic one.
 */
final class IndexWriter {
    private final Table table;
    private final Index index;
    private final Scope scope;
    private Index written;

    IndexWriter(Table table, Index index, Scope scope) {
        this.table = table;
        this.index = index;
        this.scope = scope;
        this.written = index;
    }

    /** The index as the written code declares it. */
    Index written() {
        return written;
    }

    Chain chain() {
        String[] keys = scope.keyLiterals(table.name(), index.columns());
        if (index.constraint()) {
            Chain chain = new Chain("unique(" + String.join(", ", keys) + ")");
            name(chain, "_unique");
            return chain;
        }
        boolean expressions = !index.expressions().isEmpty();
        Chain chain = expressions
                ? new Chain("indexOn("
                        + String.join(
                                ", ",
                                index.expressions().stream()
                                        .map(JavaText::quote)
                                        .toList()) + ")")
                : new Chain("index(" + String.join(", ", keys) + ")");
        if (index.unique()) {
            chain.call("unique");
        }
        if (expressions) {
            chain.call("name", JavaText.quote(index.name()));
        } else {
            name(chain, index.unique() ? "_unique" : "_idx");
        }
        if (index.where() != null) {
            String where = JavaText.unwrapped(index.where());
            chain.call("where", JavaText.quote(where));
            rewrite(where, written.descending(), written.nulls());
        }
        descending(chain, keys, expressions);
        if (index.method() != null) {
            chain.call("using", JavaText.quote(index.method()));
        }
        if (!index.include().isEmpty()) {
            chain.call("include", scope.keyLiterals(table.name(), index.include()));
        }
        String[] parts =
                expressions ? index.expressions().stream().map(JavaText::quote).toArray(String[]::new) : keys;
        for (int i = 0; i < index.opclasses().size(); i++) {
            if (index.opclasses().get(i) != null) {
                chain.call("opclass", parts[i], JavaText.quote(index.opclasses().get(i)));
            }
        }
        nulls(chain, keys, expressions);
        return chain;
    }

    /**
     * The nulls order: {@code nullsFirst()} or {@code nullsLast()} for every part where that gives the index's order,
     * else per column; an index on expressions whose order needs naming parts (which the DSL does not take there) is
     * written with the default order, with a warning.
     */
    private void nulls(Chain chain, String[] keys, boolean expressions) {
        List<String> nulls = index.nulls();
        if (nulls.isEmpty()) {
            return;
        }
        for (String order : List.of("first", "last")) {
            if (nulls.equals(everyPart(order))) {
                chain.call(order.equals("first") ? "nullsFirst" : "nullsLast");
                return;
            }
        }
        if (expressions) {
            chain.note(scope.warn(
                    "table " + table.name() + ", index " + index.name(),
                    "its expressions sort nulls in orders that differ part by part, which the DSL cannot say"
                            + " (nullsFirst() and nullsLast() order every expression): the default order is written"));
            rewrite(written.where(), written.descending(), null);
            return;
        }
        for (String order : List.of("first", "last")) {
            List<String> named = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (order.equals(nulls.get(i))) {
                    named.add(keys[i]);
                }
            }
            if (!named.isEmpty()) {
                chain.call(order.equals("first") ? "nullsFirst" : "nullsLast", named.toArray(String[]::new));
            }
        }
    }

    /** The model's nulls order of this index when {@code order} is given for every part: null where it is the default. */
    private List<String> everyPart(String order) {
        List<String> nulls = new ArrayList<>();
        for (int i = 0; i < index.columns().size() + index.expressions().size(); i++) {
            nulls.add(order.equals(index.descending(i) ? "first" : "last") ? null : order);
        }
        return nulls;
    }

    private void descending(Chain chain, String[] keys, boolean expressions) {
        if (index.descending().isEmpty()) {
            return;
        }
        if (!index.descending().contains(Boolean.FALSE)) {
            chain.call("desc");
            return;
        }
        if (expressions) {
            chain.note(scope.warn(
                    "table " + table.name() + ", index " + index.name(),
                    "only some expressions sort descending, which the DSL cannot say (desc() sorts all of them):"
                            + " every expression is written ascending"));
            rewrite(written.where(), List.of(), written.nulls());
            return;
        }
        List<String> descending = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (index.descending(i)) {
                descending.add(keys[i]);
            }
        }
        chain.call("desc", descending.toArray(String[]::new));
    }

    /** The index as the written code declares it: the one read with this predicate, sort order and nulls order. */
    private void rewrite(String where, List<Boolean> descending, List<String> nulls) {
        written = new Index(
                written.name(),
                written.columns(),
                written.unique(),
                where,
                written.constraint(),
                descending,
                written.method(),
                written.include(),
                written.expressions(),
                written.opclasses(),
                nulls);
    }

    /** Names the index unless the DSL's automatic name, {@code {table}_{columns}{suffix}}, is its name. */
    private void name(Chain chain, String suffix) {
        String automatic = QualifiedNames.local(table.name()) + "_" + String.join("_", index.columns()) + suffix;
        if (!index.name().equals(automatic)) {
            chain.call("name", JavaText.quote(index.name()));
        }
    }
}
