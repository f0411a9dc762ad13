package dev.storium.internal.diff;

import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The view changes around a list of table changes. A view is dropped before the table changes and created after them
 * when it goes away or its query changes, and also, with the same query, when a table or view it reads is changed
 * in any way but its indexes and comments (PostgreSQL refuses to alter a column a view uses, MySQL and SQLite views
 * break silently, and SQLite cannot rename a table while a view names one that is gone). What a view reads is what it
 * declares ({@code dependsOn}) and every name of a table or view of the schema that its query holds, bare or quoted:
 * a name found by mistake only costs a drop and a create. Drops go dependents first; creates go after the views they
 * read.
 */
final class ViewDiff {
    private final List<SchemaChange> drops = new ArrayList<>();
    private final List<SchemaChange> creates = new ArrayList<>();

    private ViewDiff() {}

    /** The drops to put before {@code tableChanges}, followed by the creates to put after them. */
    static List<List<SchemaChange>> around(SchemaModel previous, SchemaModel next, List<SchemaChange> tableChanges) {
        ViewDiff diff = new ViewDiff();
        diff.compute(previous, next, touched(tableChanges));
        return List.of(diff.drops, diff.creates);
    }

    private void compute(SchemaModel previous, SchemaModel next, Set<String> touched) {
        Map<String, Set<String>> before = reads(previous);
        Map<String, Set<String>> after = reads(next);
        Set<String> drop = new TreeSet<>();
        Set<String> create = new TreeSet<>();
        for (View view : previous.views().values()) {
            View twin = next.views().get(view.name());
            if (twin == null || !twin.sameQuery(view) || meets(before.get(view.name()), touched)) {
                drop.add(view.name());
            }
        }
        for (View view : next.views().values()) {
            boolean existed = previous.views().containsKey(view.name());
            if (!existed || drop.contains(view.name())) {
                create.add(view.name());
            } else if (meets(after.get(view.name()), touched)) {
                drop.add(view.name());
                create.add(view.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String name : previous.views().keySet()) {
                if (!drop.contains(name) && meets(before.get(name), drop)) {
                    grew |= drop.add(name);
                }
            }
            for (String name : next.views().keySet()) {
                if ((drop.contains(name) || meets(after.get(name), create)) && create.add(name)) {
                    grew = true;
                    if (previous.views().containsKey(name)) {
                        drop.add(name);
                    }
                }
            }
        }
        List<String> dropOrder = basesFirst(drop, before);
        for (int i = dropOrder.size() - 1; i >= 0; i--) {
            String name = dropOrder.get(i);
            drops.add(new SchemaChange.DropView(previous.views().get(name), create.contains(name)));
        }
        for (String name : basesFirst(create, after)) {
            creates.add(new SchemaChange.CreateView(
                    next.views().get(name),
                    drop.contains(name) ? previous.views().get(name) : null));
        }
    }

    /** The tables a change list alters in a way a view may notice: all but created tables, indexes and comments. */
    private static Set<String> touched(List<SchemaChange> changes) {
        Set<String> names = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable
                    || change instanceof SchemaChange.CreateIndex
                    || change instanceof SchemaChange.DropIndex
                    || change instanceof SchemaChange.CommentTable
                    || change instanceof SchemaChange.CommentColumn) {
                continue;
            }
            names.add(change.table());
            if (change instanceof SchemaChange.RenameTable) {
                names.add(((SchemaChange.RenameTable) change).from());
            }
        }
        return names;
    }

    private static boolean meets(Set<String> reads, Set<String> names) {
        for (String name : reads) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** What each view of the model reads: its declared names and the model's names its query holds. */
    private static Map<String, Set<String>> reads(SchemaModel model) {
        Map<String, String> names = new HashMap<>();
        model.tables().keySet().forEach(name -> names.put(name.toLowerCase(Locale.ROOT), name));
        model.views().keySet().forEach(name -> names.put(name.toLowerCase(Locale.ROOT), name));
        Map<String, Set<String>> reads = new HashMap<>();
        for (View view : model.views().values()) {
            Set<String> read = new LinkedHashSet<>(view.dependsOn());
            for (String word : words(view.definition())) {
                String name = names.get(word.toLowerCase(Locale.ROOT));
                if (name != null && !name.equals(view.name())) {
                    read.add(name);
                }
            }
            reads.put(view.name(), read);
        }
        return reads;
    }

    /** The names in a query: bare words and quoted identifiers ({@code "x"}, {@code `x`}), string literals skipped. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char ch = query.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                int end = query.indexOf(ch, i + 1);
                end = end < 0 ? query.length() : end;
                if (ch != '\'') {
                    words.add(query.substring(i + 1, end));
                }
                i = end + 1;
            } else if (Character.isLetter(ch) || ch == '_') {
                int end = i;
                while (end < query.length()
                        && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_')) {
                    end++;
                }
                words.add(query.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** The names in an order where each view follows the views it reads; otherwise in name order. */
    private static List<String> basesFirst(Set<String> names, Map<String, Set<String>> reads) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            place(name, names, reads, seen, order);
        }
        return order;
    }

    private static void place(
            String name, Set<String> names, Map<String, Set<String>> reads, Set<String> seen, List<String> order) {
        if (!seen.add(name)) {
            return;
        }
        for (String read : new TreeSet<>(reads.getOrDefault(name, Set.of()))) {
            if (names.contains(read)) {
                place(read, names, reads, seen, order);
            }
        }
        order.add(name);
    }
}
