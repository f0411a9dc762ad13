package dev.storium.internal.migration;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The three-way merge of schema models behind a rebase: the changes one branch made to a common base are applied over
 * the other branch's schema, table by table and, inside a table both changed, column by column, index by index and
 * foreign key by foreign key (the primary key counts as one item); a view and a sequence are one item each. An item both branches changed is a conflict, even
 * when they changed it the same way: the moved migration's SQL would then apply the change a second time.
 */
final class SchemaMerge {
    private final List<String> conflicts = new ArrayList<>();

    private SchemaMerge() {}

    /**
     * The merged schema and the conflicts found; the model is meaningful only when there are none.
     *
     * @param model {@code theirs} with the changes {@code ours} made to {@code base}
     * @param conflicts one line per item both branches changed, or per reference the merge left dangling
     */
    record Result(SchemaModel model, List<String> conflicts) {}

    /** {@code theirs} with the changes that {@code ours} made to {@code base} applied over it. */
    static Result merge(SchemaModel base, SchemaModel ours, SchemaModel theirs) {
        SchemaMerge merge = new SchemaMerge();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : keys(ours.tables(), theirs.tables(), base.tables())) {
            Table merged = merge.table(
                    base.tables().get(name),
                    ours.tables().get(name),
                    theirs.tables().get(name));
            if (merged != null) {
                tables.put(name, merged);
            }
        }
        Map<String, View> views = new LinkedHashMap<>();
        for (String name : keys(ours.views(), theirs.views(), base.views())) {
            View merged = merge.item(
                    "view " + name,
                    base.views().get(name),
                    ours.views().get(name),
                    theirs.views().get(name));
            if (merged != null) {
                views.put(name, merged);
            }
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (String name : keys(ours.sequences(), theirs.sequences(), base.sequences())) {
            Sequence merged = merge.item(
                    "sequence " + name,
                    base.sequences().get(name),
                    ours.sequences().get(name),
                    theirs.sequences().get(name));
            if (merged != null) {
                sequences.put(name, merged);
            }
        }
        SchemaModel model = new SchemaModel(tables, views, sequences);
        if (merge.conflicts.isEmpty()) {
            merge.checkReferences(model);
        }
        return new Result(model, List.copyOf(merge.conflicts));
    }

    private Table table(Table base, Table ours, Table theirs) {
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return ours;
        }
        if (base == null || ours == null || theirs == null) {
            conflict("table " + name(base, ours, theirs), base, ours, theirs);
            return theirs;
        }
        String table = base.name();
        List<Column> columns =
                items("column " + table + ".", base.columns(), ours.columns(), theirs.columns(), Column::name);
        List<Index> indexes =
                items("index " + table + ".", base.indexes(), ours.indexes(), theirs.indexes(), Index::name);
        List<ForeignKey> foreignKeys = items(
                "foreign key " + table + ".",
                base.foreignKeys(),
                ours.foreignKeys(),
                theirs.foreignKeys(),
                ForeignKey::name);
        List<CheckConstraint> checks =
                items("check " + table + ".", base.checks(), ours.checks(), theirs.checks(), CheckConstraint::name);
        List<String> primaryKey =
                item("the primary key of " + table, base.primaryKey(), ours.primaryKey(), theirs.primaryKey());
        String comment = item("the comment of " + table, base.comment(), ours.comment(), theirs.comment());
        return new Table(table, columns, primaryKey, indexes, foreignKeys, checks, comment, null);
    }

    /** The merged items: the merged branch's order, then the items only this branch added, in its order. */
    private <T> List<T> items(String what, List<T> base, List<T> ours, List<T> theirs, Function<T, String> name) {
        Map<String, T> b = byName(base, name);
        Map<String, T> o = byName(ours, name);
        Map<String, T> t = byName(theirs, name);
        List<T> merged = new ArrayList<>();
        for (String key : keys(t, o, b)) {
            T item = item(what + key, b.get(key), o.get(key), t.get(key));
            if (item != null) {
                merged.add(item);
            }
        }
        return merged;
    }

    private <T> T item(String what, T base, T ours, T theirs) {
        if (Objects.equals(ours, base) || Objects.equals(ours, theirs)) {
            return theirs;
        }
        if (!Objects.equals(theirs, base)) {
            conflict(what, base, ours, theirs);
        }
        return ours;
    }

    private void conflict(String what, Object base, Object ours, Object theirs) {
        conflicts.add(what + ": this branch " + action(base, ours) + " it, the merged branch " + action(base, theirs)
                + " it");
    }

    private static String action(Object base, Object side) {
        return base == null ? "adds" : side == null ? "drops" : "changes";
    }

    /** Conflicts for keys and indexes that name a table or column the merge left out. */
    private void checkReferences(SchemaModel model) {
        for (Table table : model.tables().values()) {
            Set<String> columns = new LinkedHashSet<>();
            table.columns().forEach(c -> columns.add(c.name()));
            missing(table, "its primary key", table.primaryKey(), columns);
            table.indexes().forEach(i -> missing(table, "index " + i.name(), i.columns(), columns));
            for (ForeignKey fk : table.foreignKeys()) {
                missing(table, "foreign key " + fk.name(), fk.columns(), columns);
                Table target = model.tables().get(fk.refTable());
                if (target == null) {
                    conflicts.add("table " + table.name() + ": foreign key " + fk.name() + " references table "
                            + fk.refTable() + ", which one branch drops");
                } else {
                    Set<String> targetColumns = new LinkedHashSet<>();
                    target.columns().forEach(c -> targetColumns.add(c.name()));
                    missing(
                            target,
                            "the foreign key " + table.name() + "." + fk.name(),
                            fk.refColumns(),
                            targetColumns);
                }
            }
        }
    }

    private void missing(Table table, String user, List<String> used, Set<String> columns) {
        for (String column : used) {
            if (!columns.contains(column)) {
                conflicts.add("column " + table.name() + "." + column + ": " + user + " uses it, but one branch drops"
                        + " it");
            }
        }
    }

    private static String name(Table... tables) {
        for (Table table : tables) {
            if (table != null) {
                return table.name();
            }
        }
        throw new IllegalArgumentException("no table");
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }

    /** The keys of all maps, the first map's first, in each map's order. */
    @SafeVarargs
    private static Set<String> keys(Map<String, ?>... maps) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, ?> map : maps) {
            keys.addAll(map.keySet());
        }
        return keys;
    }
}
