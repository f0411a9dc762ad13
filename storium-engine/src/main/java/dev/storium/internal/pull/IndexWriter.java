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
            written = new Index(
                    index.name(),
                    index.columns(),
                    index.unique(),
                    where,
                    index.constraint(),
                    index.descending(),
                    index.method(),
                    index.include(),
                    index.expressions());
        }
        descending(chain, keys, expressions);
        if (index.method() != null) {
            chain.call("using", JavaText.quote(index.method()));
        }
        if (!index.include().isEmpty()) {
            chain.call("include", scope.keyLiterals(table.name(), index.include()));
        }
        return chain;
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
            written = new Index(
                    written.name(),
                    written.columns(),
                    written.unique(),
                    written.where(),
                    written.constraint(),
                    List.of(),
                    written.method(),
                    written.include(),
                    written.expressions());
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

    /** Names the index unless the DSL's automatic name, {@code {table}_{columns}{suffix}}, is its name. */
    private void name(Chain chain, String suffix) {
        String automatic = QualifiedNames.local(table.name()) + "_" + String.join("_", index.columns()) + suffix;
        if (!index.name().equals(automatic)) {
            chain.call("name", JavaText.quote(index.name()));
        }
    }
}
