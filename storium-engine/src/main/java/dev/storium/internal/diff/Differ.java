package dev.storium.internal.diff;

import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the ordered changes from one schema model to the next: a pure function, the same models giving the same
 * list. The changes apply one after another on every database, in this order:
 *
 * <ol>
 *   <li>create the named schemas the next schema's objects are in that none of the previous one's were in
 *       ({@code CREATE SCHEMA IF NOT EXISTS}; a schema is never dropped);
 *   <li>create, alter and drop sequences (first: on MySQL proper, which has none, a migration then fails before it
 *       changes anything);
 *   <li>drop views that go away, change, or read a table (or view) that the list changes, dependents first (see
 *       {@link ViewDiff});
 *   <li>drop foreign keys: those that go away or change, those of dropped tables, and those that must be re-added
 *       because a column of theirs (on either side) changes type, the primary key or unique index they reference
 *       is replaced, or an index their columns lead is dropped (MySQL refuses to drop it under the key);
 *   <li>drop check constraints that go away or change (MySQL refuses to drop or rename a column a check names);
 *   <li>drop indexes that go away or change, and those on a column whose type changes (re-created later);
 *   <li>alter enums whose values change, by the tables' and columns' old names, then create the enums the next
 *       schema's columns name first (PostgreSQL adds values with {@code ADD VALUE IF NOT EXISTS}, which its executor
 *       runs before the file's transaction, so the file can use them; a check or partial index whose condition names
 *       a column whose enum is made anew is dropped before and made again after, see {@code TableDiff});
 *   <li>rename tables, then rename columns (from {@code renamedFrom} hints, see {@link RenamePlan});
 *   <li>create tables, referenced tables first. A {@code CreateTable} carries no indexes (they follow as
 *       {@code CreateIndex}) and only the foreign keys whose referenced key already exists: the primary key of an
 *       existing or earlier created table (or the table itself), or an unchanged unique index. The others (keys in a
 *       cycle, keys on a unique index created later) follow as {@code AddForeignKey};
 *   <li>add columns, alter columns, alter primary keys, drop columns, then comments of tables and columns that are
 *       set, changed or removed (a created table and an added column carry theirs);
 *   <li>drop tables, referencing tables first;
 *   <li>create indexes (new, changed, re-created), then rename and add check constraints (a created table has its
 *       checks in its {@code CreateTable}), then add foreign keys (new, changed, re-added, deferred);
 *   <li>drop the enums no column names any more;
 *   <li>create views (new, changed, dropped around a table change), each after the views it reads.
 * </ol>
 *
 * Within a step, tables go in name order and columns, indexes and keys in declaration order. A changed index or
 * foreign key is a drop plus a create; index and key names are compared as they are, since renaming a table or a
 * column keeps them.
 */
public final class Differ {
    private Differ() {}

    /** The changes that turn {@code previous} into {@code next}, honouring rename hints found in {@code next}. */
    public static List<SchemaChange> diff(SchemaModel previous, SchemaModel next) {
        RenamePlan plan = RenamePlan.of(previous, next);
        Map<String, TableDiff> matched = new LinkedHashMap<>();
        List<Table> created = new ArrayList<>();
        for (Table after : next.tables().values()) {
            Optional<String> oldName = plan.previousTable(after.name());
            if (oldName.isPresent()) {
                Table old = previous.tables().get(oldName.get());
                matched.put(after.name(), new TableDiff(old, plan.translate(old), after));
            } else {
                created.add(after);
            }
        }
        List<Table> dropped = new ArrayList<>();
        previous.tables().values().stream()
                .filter(t -> plan.nextTable(t.name()).isEmpty())
                .forEach(dropped::add);

        List<SchemaChange> addForeignKeys = new ArrayList<>();
        List<SchemaChange> changes = new ArrayList<>(dropForeignKeys(previous, plan, matched, addForeignKeys));
        matched.values().forEach(t -> changes.addAll(t.dropChecks));
        for (TableDiff table : matched.values()) {
            table.dropIndexes.forEach(i -> changes.add(new SchemaChange.DropIndex(table.old.name(), i)));
        }
        changes.addAll(enumChanges(previous, next, plan, matched));
        changes.addAll(plan.tableRenames());
        changes.addAll(plan.columnRenames());
        List<SchemaChange> deferred = new ArrayList<>();
        changes.addAll(createTables(created, matched, deferred));
        matched.values().forEach(t -> changes.addAll(t.addColumns));
        matched.values().forEach(t -> changes.addAll(t.alterColumns));
        for (TableDiff table : matched.values()) {
            if (table.primaryKeyChanged()) {
                changes.add(new SchemaChange.AlterPrimaryKey(
                        table.after.name(), table.before.primaryKey(), table.after.primaryKey()));
            }
        }
        matched.values().forEach(t -> changes.addAll(t.dropColumns));
        matched.values().forEach(t -> changes.addAll(t.comments));
        DependencyOrder.childrenFirst(dropped).forEach(t -> changes.add(new SchemaChange.DropTable(t)));
        matched.values().forEach(t -> changes.addAll(t.renameIndexes));
        for (Table table : next.tables().values()) {
            TableDiff diff = matched.get(table.name());
            List<Index> indexes = diff == null ? table.indexes() : diff.createIndexes;
            indexes.forEach(i -> changes.add(new SchemaChange.CreateIndex(table.name(), i)));
        }
        matched.values().forEach(t -> changes.addAll(t.addChecks));
        addForeignKeys.addAll(deferred);
        addForeignKeys.sort(Comparator.comparing(SchemaChange::table));
        changes.addAll(addForeignKeys);
        previous.enums().values().stream()
                .filter(e -> !next.enums().containsKey(e.name()))
                .forEach(e -> changes.add(new SchemaChange.DropEnum(e)));
        List<List<SchemaChange>> views = ViewDiff.around(previous, next, changes);
        List<SchemaChange> all = new ArrayList<>();
        next.schemas().stream()
                .filter(schema -> !previous.schemas().contains(schema))
                .forEach(schema -> all.add(new SchemaChange.CreateSchema(schema)));
        all.addAll(sequences(previous, next));
        all.addAll(views.get(0));
        all.addAll(changes);
        all.addAll(views.get(1));
        return List.copyOf(all);
    }

    /** The enums whose values change, then those that are new; by name. */
    private static List<SchemaChange> enumChanges(
            SchemaModel previous, SchemaModel next, RenamePlan plan, Map<String, TableDiff> matched) {
        List<SchemaChange> changes = new ArrayList<>();
        Map<String, EnumType> was = previous.enums();
        for (EnumType now : next.enums().values()) {
            EnumType before = was.get(now.name());
            if (before != null && !before.sameDefinition(now)) {
                changes.add(new SchemaChange.AlterEnum(
                        before.withoutHints(),
                        now.withoutHints(),
                        now.renamesFrom(before),
                        usages(before.name(), previous, plan, matched)));
            }
        }
        next.enums().values().stream()
                .filter(e -> !was.containsKey(e.name()))
                .forEach(e -> changes.add(new SchemaChange.CreateEnum(e.withoutHints())));
        return changes;
    }

    /**
     * The columns of the previous schema that hold the enum, by their old table and column names (enum changes come
     * before any rename), each with the column it becomes (null when it or its table is dropped).
     */
    private static List<SchemaChange.EnumUsage> usages(
            String enumName, SchemaModel previous, RenamePlan plan, Map<String, TableDiff> matched) {
        List<SchemaChange.EnumUsage> usages = new ArrayList<>();
        for (Table old : previous.tables().values()) {
            TableDiff table = plan.nextTable(old.name()).map(matched::get).orElse(null);
            for (int i = 0; i < old.columns().size(); i++) {
                Column column = old.columns().get(i);
                if (column.enumType() == null || !column.enumType().name().equals(enumName)) {
                    continue;
                }
                Column after = table == null
                        ? null
                        : table.after
                                .column(table.before.columns().get(i).name())
                                .orElse(null);
                usages.add(new SchemaChange.EnumUsage(old.name(), column, after));
            }
        }
        return usages;
    }

    /** Sequences created, altered and dropped, in name order: they lean on nothing, and nothing leans on them. */
    private static List<SchemaChange> sequences(SchemaModel previous, SchemaModel next) {
        List<SchemaChange> changes = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(previous.sequences().keySet());
        names.addAll(next.sequences().keySet());
        for (String name : names) {
            Sequence before = previous.sequences().get(name);
            Sequence after = next.sequences().get(name);
            if (before == null) {
                changes.add(new SchemaChange.CreateSequence(after));
            } else if (after == null) {
                changes.add(new SchemaChange.DropSequence(before));
            } else if (!before.equals(after)) {
                changes.add(new SchemaChange.AlterSequence(before, after));
            }
        }
        return changes;
    }

    /** The foreign keys to drop, in previous-table name order; those to add back or anew go to {@code adds}. */
    private static List<SchemaChange> dropForeignKeys(
            SchemaModel previous, RenamePlan plan, Map<String, TableDiff> matched, List<SchemaChange> adds) {
        List<SchemaChange> drops = new ArrayList<>();
        for (Table old : previous.tables().values()) {
            Optional<String> nextName = plan.nextTable(old.name());
            if (nextName.isEmpty()) {
                old.foreignKeys().forEach(fk -> drops.add(new SchemaChange.DropForeignKey(old.name(), fk)));
                continue;
            }
            TableDiff table = matched.get(nextName.get());
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < old.foreignKeys().size(); i++) {
                ForeignKey was = table.before.foreignKeys().get(i);
                if (keeps(was, foreignKey(table.after, was.name()), table, matched)) {
                    kept.add(was.name());
                } else {
                    drops.add(new SchemaChange.DropForeignKey(
                            old.name(), old.foreignKeys().get(i)));
                }
            }
            table.after.foreignKeys().stream()
                    .filter(fk -> !kept.contains(fk.name()))
                    .forEach(fk -> adds.add(new SchemaChange.AddForeignKey(table.after.name(), fk)));
        }
        return drops;
    }

    /** True when the key stays in place: the same before and after, and nothing it leans on is replaced. */
    private static boolean keeps(ForeignKey was, ForeignKey next, TableDiff table, Map<String, TableDiff> matched) {
        if (next == null
                || !was.equals(next)
                || next.columns().stream().anyMatch(table.typeChanged::contains)
                || table.leadingIndexDropped(next.columns())) {
            return false;
        }
        TableDiff referenced = matched.get(next.refTable());
        return referenced == null
                || (next.refColumns().stream().noneMatch(referenced.typeChanged::contains)
                        && !referenced.keyDisturbed(next.refColumns()));
    }

    private static ForeignKey foreignKey(Table table, String name) {
        return table.foreignKeys().stream()
                .filter(fk -> fk.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** CreateTable changes in dependency order; foreign keys that cannot go inline are added to {@code deferred}. */
    private static List<SchemaChange> createTables(
            List<Table> created, Map<String, TableDiff> matched, List<SchemaChange> deferred) {
        List<SchemaChange> creates = new ArrayList<>();
        Map<String, Table> done = new LinkedHashMap<>();
        Set<String> newNames = new HashSet<>();
        created.forEach(t -> newNames.add(t.name()));
        for (Table table : DependencyOrder.parentsFirst(created)) {
            done.put(table.name(), table);
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                if (inline(fk, done, newNames, matched)) {
                    inline.add(fk);
                } else {
                    deferred.add(new SchemaChange.AddForeignKey(table.name(), fk));
                }
            }
            creates.add(new SchemaChange.CreateTable(new Table(
                    table.name(),
                    table.columns(),
                    table.primaryKey(),
                    List.of(),
                    inline,
                    table.checks(),
                    table.comment(),
                    table.renamedFrom())));
        }
        return creates;
    }

    /** True when the key the foreign key references exists by the time its table is created. */
    private static boolean inline(
            ForeignKey fk, Map<String, Table> done, Set<String> newNames, Map<String, TableDiff> matched) {
        if (newNames.contains(fk.refTable())) {
            Table referenced = done.get(fk.refTable());
            return referenced != null && new HashSet<>(referenced.primaryKey()).equals(new HashSet<>(fk.refColumns()));
        }
        TableDiff referenced = matched.get(fk.refTable());
        return referenced == null || referenced.stableKey(fk.refColumns());
    }
}
