package dev.storium.internal.diff;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The column, primary-key and index differences of one table present in both models: {@code old} as it was,
 * {@code before} the same table after the renames (see {@link RenamePlan#translate}), {@code after} as it becomes.
 */
final class TableDiff {
    final Table old;
    final Table before;
    final Table after;
    final List<SchemaChange> addColumns = new ArrayList<>();
    final List<SchemaChange> alterColumns = new ArrayList<>();
    final List<SchemaChange> dropColumns = new ArrayList<>();
    /** The table's and its kept columns' comments that are set, changed or removed. */
    final List<SchemaChange> comments = new ArrayList<>();
    /** Columns (next names) whose type, length, precision, scale or item type changes. */
    final Set<String> typeChanged = new HashSet<>();
    /** Columns (next names) whose type itself changes; their indexes are dropped and created again. */
    final Set<String> kindChanged = new HashSet<>();
    /**
     * Columns (next names) whose enum PostgreSQL makes anew, or that change to or from another enum: a check or a
     * partial index's condition that names one compares it with a value of the old type, and PostgreSQL refuses to
     * convert the column under it, so such checks and indexes are dropped before and made again after.
     */
    final Set<String> enumRemade = new HashSet<>();
    /**
     * Columns (next names) that become generated, plain, or generated otherwise: the column is dropped and added again,
     * which takes its indexes and checks with it, so those are dropped before and made again after.
     */
    final Set<String> regenerated = new HashSet<>();
    /** Indexes to drop, as they were before the renames. */
    final List<Index> dropIndexes = new ArrayList<>();
    /** Indexes to create, as they become. */
    final List<Index> createIndexes = new ArrayList<>();
    /** Indexes that keep their definition under another name. */
    final List<SchemaChange> renameIndexes = new ArrayList<>();
    /** Checks to drop (on the table's previous name), before any column changes. */
    final List<SchemaChange> dropChecks = new ArrayList<>();
    /** Checks to rename and to add (on the table's next name), after the column changes. */
    final List<SchemaChange> addChecks = new ArrayList<>();

    TableDiff(Table old, Table before, Table after) {
        this.old = old;
        this.before = before;
        this.after = after;
        diffColumns();
        diffIndexes();
        diffChecks();
        diffComments();
    }

    /**
     * Checks by name: a changed condition is a drop and an add; a check that goes while another with the same condition
     * comes is a rename.
     */
    private void diffChecks() {
        Map<String, CheckConstraint> next = new LinkedHashMap<>();
        after.checks().forEach(c -> next.put(c.name(), c));
        List<CheckConstraint> gone = new ArrayList<>();
        List<SchemaChange> replaced = new ArrayList<>();
        for (CheckConstraint was : before.checks()) {
            CheckConstraint now = next.remove(was.name());
            if (now == null) {
                gone.add(was);
            } else if (!now.expression().equals(was.expression()) || namesRemade(now.expression())) {
                dropChecks.add(new SchemaChange.DropCheck(old.name(), was, true));
                replaced.add(new SchemaChange.AddCheck(after.name(), now, was));
            }
        }
        List<CheckConstraint> coming = new ArrayList<>(next.values());
        for (CheckConstraint was : gone) {
            Optional<CheckConstraint> same = coming.stream()
                    .filter(c -> c.expression().equals(was.expression()))
                    .findFirst();
            if (same.isPresent()) {
                coming.remove(same.get());
                addChecks.add(new SchemaChange.RenameCheck(after.name(), was, same.get()));
            } else {
                dropChecks.add(new SchemaChange.DropCheck(old.name(), was, false));
            }
        }
        addChecks.addAll(replaced);
        coming.forEach(c -> addChecks.add(new SchemaChange.AddCheck(after.name(), c, null)));
    }

    private void diffComments() {
        if (!Objects.equals(before.comment(), after.comment())) {
            comments.add(new SchemaChange.CommentTable(after.name(), before.comment(), after.comment()));
        }
        for (Column next : after.columns()) {
            Optional<Column> previous = before.column(next.name());
            if (previous.isPresent() && !Objects.equals(previous.get().comment(), next.comment())) {
                comments.add(new SchemaChange.CommentColumn(after.name(), previous.get(), next));
            }
        }
    }

    private void diffColumns() {
        for (Column next : after.columns()) {
            Optional<Column> previous = before.column(next.name());
            if (previous.isEmpty()) {
                addColumns.add(new SchemaChange.AddColumn(after.name(), next));
            } else if (!previous.get().sameDefinition(next)) {
                Column from = previous.get();
                alterColumns.add(
                        new SchemaChange.AlterColumn(after.name(), from, next, Widening.isNarrowing(from, next)));
                if (Widening.typeChanged(from, next)) {
                    typeChanged.add(next.name());
                }
                if (from.type() != next.type() || from.items() != next.items()) {
                    kindChanged.add(next.name());
                }
                if (!Objects.equals(from.generated(), next.generated())) {
                    regenerated.add(next.name());
                    typeChanged.add(next.name());
                    kindChanged.add(next.name());
                }
                if ((from.enumType() != null || next.enumType() != null)
                        && (from.enumType() == null
                                || next.enumType() == null
                                || !next.enumType().changesInPlace(from.enumType()))) {
                    enumRemade.add(next.name());
                }
            }
        }
        for (Column previous : before.columns()) {
            if (after.column(previous.name()).isEmpty()) {
                dropColumns.add(new SchemaChange.DropColumn(after.name(), previous));
            }
        }
    }

    private void diffIndexes() {
        List<Index> dropped = new ArrayList<>(); // as dropIndexes, after the renames
        for (int i = 0; i < old.indexes().size(); i++) {
            Index was = before.indexes().get(i);
            if (!keeps(was, index(after, was.name()))) {
                dropIndexes.add(old.indexes().get(i));
                dropped.add(was);
            }
        }
        for (Index next : after.indexes()) {
            if (!keeps(index(before, next.name()), next)) {
                createIndexes.add(next);
            }
        }
        for (Index next : List.copyOf(createIndexes)) {
            if (next.constraint() || !undisturbed(next) || index(before, next.name()) != null) {
                continue;
            }
            for (int i = 0; i < dropped.size(); i++) {
                Index was = dropped.get(i);
                if (index(after, was.name()) == null
                        && was.withName(next.name()).equals(next)) {
                    renameIndexes.add(new SchemaChange.RenameIndex(after.name(), dropIndexes.remove(i), next));
                    dropped.remove(i);
                    createIndexes.remove(next);
                    break;
                }
            }
        }
    }

    /** True when the index stays in place: the same before and after, and undisturbed. */
    private boolean keeps(Index was, Index next) {
        return was != null && was.equals(next) && undisturbed(next);
    }

    /** True when the index is on no column whose type changes, its condition and expressions naming no column made anew. */
    private boolean undisturbed(Index next) {
        return next.columns().stream().noneMatch(kindChanged::contains)
                && (next.where() == null || !namesRemade(next.where()))
                && next.expressions().stream().noneMatch(this::namesRemade);
    }

    /**
     * True when the SQL text names a column (a whole word, quoted or not) whose enum is made anew or that is dropped
     * and added again.
     */
    private boolean namesRemade(String condition) {
        Set<String> remade = new HashSet<>(enumRemade);
        remade.addAll(regenerated);
        for (String column : remade) {
            if (Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(column) + "(?![A-Za-z0-9_])")
                    .matcher(condition)
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static Index index(Table table, String name) {
        for (Index index : table.indexes()) {
            if (index.name().equals(name)) {
                return index;
            }
        }
        return null;
    }

    /** True when the primary key changes. */
    boolean primaryKeyChanged() {
        return !before.primaryKey().equals(after.primaryKey());
    }

    /**
     * True when the columns (next names) are, throughout the migration, covered by the unchanged primary key or an
     * unchanged, full unique index: a foreign key may reference them at any point.
     */
    boolean stableKey(List<String> columns) {
        Set<String> wanted = new LinkedHashSet<>(columns);
        if (columns.stream().anyMatch(typeChanged::contains)) {
            return false;
        }
        if (!primaryKeyChanged() && wanted.equals(new LinkedHashSet<>(after.primaryKey()))) {
            return true;
        }
        return after.indexes().stream()
                .filter(i -> i.unique() && i.where() == null && i.descending().isEmpty() && !createIndexes.contains(i))
                .anyMatch(i -> wanted.equals(new LinkedHashSet<>(i.columns())));
    }

    /**
     * True when an index dropped from this table starts with these columns (next names), in order: MySQL keeps such an
     * index for a foreign key on the columns and refuses to drop it while the key exists.
     */
    boolean leadingIndexDropped(List<String> columns) {
        for (int i = 0; i < old.indexes().size(); i++) {
            List<String> indexed = before.indexes().get(i).columns();
            if (dropIndexes.contains(old.indexes().get(i))
                    && indexed.size() >= columns.size()
                    && indexed.subList(0, columns.size()).equals(columns)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the columns (next names) are the key a foreign key leans on that this migration takes away for a while:
     * a changing primary key, or a unique index that is dropped.
     */
    boolean keyDisturbed(List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (primaryKeyChanged() && wanted.equals(new HashSet<>(before.primaryKey()))) {
            return true;
        }
        for (int i = 0; i < old.indexes().size(); i++) {
            Index was = before.indexes().get(i);
            if (was.unique()
                    && dropIndexes.contains(old.indexes().get(i))
                    && wanted.equals(new HashSet<>(was.columns()))) {
                return true;
            }
        }
        return false;
    }
}
