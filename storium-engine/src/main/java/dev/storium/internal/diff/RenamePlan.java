package dev.storium.internal.diff;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matches the tables and columns of the previous model to those of the next one, by name or by a {@code renamedFrom}
 * hint. A hint renames when its old name exists in the previous model and its new name does not; a hint whose new
 * name already exists is ignored (it was applied by an earlier migration, and the objects match by name); a hint
 * whose old name does not exist either describes a new object. Once renamed, the old name is free: a next object of
 * that name is new. Two hints claiming the same old name are a definition error.
 */
final class RenamePlan {
    /** Previous table name to next table name, for every matched table (renamed or not). */
    private final Map<String, String> tables;
    /** Per previous table name: previous column name to next column name, for every matched column. */
    private final Map<String, Map<String, String>> columns;
    /** {@link #tables} the other way round: next name to previous name (a next table matches at most one). */
    private final Map<String, String> previousTables;

    private final List<SchemaChange> tableRenames;
    private final List<SchemaChange> columnRenames;

    private RenamePlan(
            Map<String, String> tables,
            Map<String, Map<String, String>> columns,
            List<SchemaChange> tableRenames,
            List<SchemaChange> columnRenames) {
        this.tables = tables;
        this.previousTables = inverse(tables);
        this.columns = columns;
        this.tableRenames = tableRenames;
        this.columnRenames = columnRenames;
    }

    static RenamePlan of(SchemaModel previous, SchemaModel next) {
        Map<String, String> tableHints = hints(
                "table",
                "",
                previous.tables().keySet(),
                next.tables().values().stream()
                        .map(t -> new Hint(t.name(), t.renamedFrom()))
                        .collect(Collectors.toList()));
        Map<String, String> tables =
                match(previous.tables().keySet(), next.tables().keySet(), tableHints);
        List<SchemaChange> tableRenames = new ArrayList<>();
        tableHints.forEach((from, to) -> tableRenames.add(new SchemaChange.RenameTable(from, to)));

        Map<String, Map<String, String>> columns = new HashMap<>();
        List<SchemaChange> columnRenames = new ArrayList<>();
        Map<String, String> previousTables = inverse(tables);
        for (Table after : next.tables().values()) {
            Optional<String> before = Optional.ofNullable(previousTables.get(after.name()));
            if (before.isEmpty()) {
                continue;
            }
            Table old = previous.tables().get(before.get());
            List<String> oldNames = names(old);
            Map<String, String> hints = hints(
                    "column",
                    after.name() + ".",
                    oldNames,
                    after.columns().stream()
                            .map(c -> new Hint(c.name(), c.renamedFrom()))
                            .collect(Collectors.toList()));
            columns.put(old.name(), match(oldNames, names(after), hints));
            hints.forEach((from, to) -> columnRenames.add(new SchemaChange.RenameColumn(after.name(), from, to)));
        }
        return new RenamePlan(tables, columns, tableRenames, columnRenames);
    }

    private record Hint(String name, String renamedFrom) {}

    /** The renames the hints ask for, old name to new name, in the order of the next objects. */
    private static Map<String, String> hints(
            String kind, String prefix, Collection<String> previousNames, List<Hint> nextObjects) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (Hint hint : nextObjects) {
            String from = hint.renamedFrom();
            if (from == null || from.equals(hint.name()) || previousNames.contains(hint.name())) {
                continue;
            }
            if (!previousNames.contains(from)) {
                continue;
            }
            if (renames.containsKey(from)) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "Both " + kind + " " + prefix + renames.get(from) + " and " + kind + " " + prefix
                                + hint.name() + " declare renamedFrom(\"" + from + "\"), but " + prefix + from
                                + " can only become one of them. Remove the renamedFrom hint from the " + kind
                                + " that is new.");
            }
            renames.put(from, hint.name());
        }
        return renames;
    }

    /** Previous name to next name for every object that survives, given the renames. */
    private static Map<String, String> match(
            Collection<String> previousNames, Collection<String> nextNames, Map<String, String> renames) {
        Map<String, String> matched = new LinkedHashMap<>(renames);
        for (String name : nextNames) {
            if (previousNames.contains(name) && !renames.containsKey(name) && !renames.containsValue(name)) {
                matched.put(name, name);
            }
        }
        return matched;
    }

    /** Next name to previous name: the matches' names are unique on both sides. */
    private static Map<String, String> inverse(Map<String, String> matches) {
        Map<String, String> inverse = new HashMap<>();
        matches.forEach((before, after) -> inverse.put(after, before));
        return inverse;
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toList());
    }

    /** The RenameTable changes, in the order of the next tables' names. */
    List<SchemaChange> tableRenames() {
        return tableRenames;
    }

    /** The RenameColumn changes, by next table name, then in the order of the next table's columns. */
    List<SchemaChange> columnRenames() {
        return columnRenames;
    }

    /** The next name of a previous table, or empty when the table is dropped. */
    Optional<String> nextTable(String previousTable) {
        return Optional.ofNullable(tables.get(previousTable));
    }

    /** The previous name of a next table, or empty when the table is new. */
    Optional<String> previousTable(String nextTable) {
        return Optional.ofNullable(previousTables.get(nextTable));
    }

    /** The next name of a previous column, or empty when the column (or its table) is dropped. */
    Optional<String> nextColumn(String previousTable, String previousColumn) {
        return Optional.ofNullable(columns.getOrDefault(previousTable, Map.of()).get(previousColumn));
    }

    /**
     * A matched previous table as it stands after the renames: next names for the table, its matched columns, the
     * columns of its primary key, indexes and foreign keys, and the tables and columns those keys reference. Index and
     * key names are kept: a database does not rename them.
     */
    Table translate(Table old) {
        String name = nextTable(old.name()).orElse(old.name());
        List<Column> cols = old.columns().stream()
                .map(c -> c.withName(column(old.name(), c.name())))
                .collect(Collectors.toList());
        List<String> pk = columnsOf(old.name(), old.primaryKey());
        List<Index> indexes = old.indexes().stream()
                .map(i -> i.withColumns(columnsOf(old.name(), i.columns()), columnsOf(old.name(), i.include())))
                .collect(Collectors.toList());
        List<ForeignKey> fks = old.foreignKeys().stream()
                .map(fk -> new ForeignKey(
                        fk.name(),
                        columnsOf(old.name(), fk.columns()),
                        nextTable(fk.refTable()).orElse(fk.refTable()),
                        columnsOf(fk.refTable(), fk.refColumns()),
                        fk.onDelete(),
                        fk.onUpdate(),
                        fk.deferral()))
                .collect(Collectors.toList());
        return new Table(name, cols, pk, indexes, fks, old.checks(), old.comment(), null);
    }

    private String column(String table, String column) {
        return nextColumn(table, column).orElse(column);
    }

    private List<String> columnsOf(String table, List<String> names) {
        return names.stream().map(n -> column(table, n)).collect(Collectors.toList());
    }
}
