package dev.storium.internal.pull;

import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.schema.FkDeferral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One table as a {@code public static final TableDef} constant of the DSL. */
final class TableWriter {
    /** The automatic {@code created_at} / {@code updated_at} columns exactly as the DSL makes them. */
    private static final List<Column> TIMESTAMPS = automaticTimestamps();

    private final Table table;
    private final Scope scope;
    private final boolean timestamps;
    private final List<Column> columns;

    private TableWriter(Table table, Scope scope) {
        this.table = table;
        this.scope = scope;
        this.timestamps = hasAutomaticTimestamps(table);
        this.columns = timestamps ? table.columns().subList(0, table.columns().size() - 2) : table.columns();
    }

    /**
     * The DSL keys of a table's columns by database name: the camelCase of each name, made unique, and never {@code id}
     * for a column that is not the primary key (the DSL makes a column of key {@code id} the key of a table without
     * one).
     */
    static Map<String, String> keys(Table table) {
        Map<String, String> keys = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Column column : table.columns()) {
            String key = JavaText.camelCase(column.name());
            if (key.equals("id") && table.primaryKey().isEmpty()) {
                key = "idColumn";
            }
            String unique = key;
            for (int n = 2; !taken.add(unique); n++) {
                unique = key + n;
            }
            keys.put(column.name(), unique);
        }
        return keys;
    }

    /**
     * The table's constant declaration, as lines indented four spaces; the table as that code declares it goes to
     * the scope's {@code written}.
     */
    static List<String> write(Table table, Scope scope) {
        return new TableWriter(table, scope).lines();
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        String constant = scope.constants.get(table.name());
        lines.add("    public static final TableDef " + constant + " = "
                + SourceWriter.define(scope, "Table", table.name()));
        scope.reading.omissions().stream()
                .filter(o -> table.name().equals(o.table()) && o.column() == null)
                .forEach(o -> lines.add("            // " + o.warning()));
        Map<String, ForeignKey> columnKeys = columnForeignKeys();
        List<Chain> columnChains = new ArrayList<>();
        List<Column> writtenColumns = new ArrayList<>();
        for (Column column : columns) {
            ColumnWriter writer = new ColumnWriter(table, column, scope);
            columnChains.add(writer.chain(columnKeys.get(column.name())));
            writtenColumns.add(writer.written());
        }
        writtenColumns.addAll(
                table.columns().subList(columns.size(), table.columns().size()));
        List<String> checks = new ArrayList<>();
        // as the DSL lists them: the table's checks, then the columns' in column order
        List<CheckConstraint> writtenChecks = new ArrayList<>();
        Map<Column, CheckConstraint> columnChecks = new LinkedHashMap<>();
        for (CheckConstraint check : table.checks()) {
            CheckConstraint written = new CheckConstraint(check.name(), JavaText.unwrapped(check.expression()));
            Column owner = checkOwner(check);
            if (owner != null && columns.contains(owner) && !columnChecks.containsKey(owner)) {
                columnChecks.put(owner, written);
            } else {
                writtenChecks.add(written);
                checks.add("check(" + JavaText.quote(check.name()) + ", " + JavaText.quote(written.expression()) + ")");
            }
        }
        for (Column column : columns) {
            CheckConstraint check = columnChecks.get(column);
            if (check != null) {
                columnChains.get(columns.indexOf(column)).call("check", JavaText.quote(check.expression()));
                writtenChecks.add(check);
            }
        }
        List<String> tail = new ArrayList<>();
        if (table.primaryKey().size() > 1) {
            tail.add(".primaryKey(" + String.join(", ", scope.keyLiterals(table.name(), table.primaryKey())) + ")");
        }
        List<Chain> indexes = new ArrayList<>();
        List<Chain> uniques = new ArrayList<>();
        // as the DSL lists them: the indexes, then the unique constraints
        List<Index> writtenIndexes = new ArrayList<>();
        List<Index> writtenUniques = new ArrayList<>();
        for (Index index : table.indexes()) {
            IndexWriter writer = new IndexWriter(table, index, scope);
            (index.constraint() ? uniques : indexes).add(writer.chain());
            (index.constraint() ? writtenUniques : writtenIndexes).add(writer.written());
        }
        writtenIndexes.addAll(writtenUniques);
        List<Chain> tableKeys = new ArrayList<>();
        List<ForeignKey> writtenKeys = new ArrayList<>();
        for (ForeignKey key : table.foreignKeys()) {
            if (!scope.writes(key.refTable())) {
                lines.add("            // "
                        + scope.warn(
                                "table " + table.name() + ", foreign key " + key.name(),
                                "is left out: it references " + key.refTable() + ", which is not pulled (include that"
                                        + " table to keep the key)"));
                continue;
            }
            writtenKeys.add(key);
            if (!columnKeys.containsValue(key)) {
                tableKeys.add(foreignKey(key));
            }
        }
        scope.written.put(
                table.name(),
                new Table(
                        table.name(),
                        writtenColumns,
                        table.primaryKey(),
                        writtenIndexes,
                        writtenKeys,
                        writtenChecks,
                        table.comment(),
                        null));
        if (table.comment() != null) {
            lines.add("            .comment(" + JavaText.quote(table.comment()) + ")");
        }
        List<String> body = new ArrayList<>(Chain.list(12, "columns", columnChains, ""));
        body.addAll(tail.stream().map(t -> "            " + t).toList());
        addList(body, "indexes", indexes);
        addList(body, "uniques", uniques);
        addList(body, "foreignKeys", tableKeys);
        addList(body, "checks", checks.stream().map(Chain::new).toList());
        if (!timestamps) {
            body.add("            .timestamps(false)");
        }
        body.set(body.size() - 1, body.get(body.size() - 1) + ";");
        lines.addAll(body);
        return lines;
    }

    private static void addList(List<String> body, String name, List<Chain> items) {
        if (!items.isEmpty()) {
            body.addAll(Chain.list(12, name, items, ""));
        }
    }

    /**
     * The foreign keys written on their column ({@code .references(...)}) by column name: each key of one column whose
     * column has no other such key; the others are table-level keys.
     */
    private Map<String, ForeignKey> columnForeignKeys() {
        Map<String, ForeignKey> keys = new HashMap<>();
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().size() == 1 && !keys.containsKey(key.columns().get(0)) && scope.writes(key.refTable())) {
                keys.put(key.columns().get(0), key);
            }
        }
        return keys;
    }

    /** A table-level key: {@code foreignKey("a", "b").references(TABLE, "x", "y")...}. */
    private Chain foreignKey(ForeignKey key) {
        Chain chain =
                new Chain("foreignKey(" + String.join(", ", scope.keyLiterals(table.name(), key.columns())) + ")");
        List<String> target = new ArrayList<>();
        target.add(scope.target(key.refTable()));
        target.addAll(List.of(scope.keyLiterals(key.refTable(), key.refColumns())));
        chain.call("references", target.toArray(String[]::new));
        String automatic = QualifiedNames.local(table.name()) + "_" + String.join("_", key.columns()) + "_"
                + QualifiedNames.local(key.refTable()) + "_"
                + String.join("_", key.refColumns()) + "_fk";
        actions(chain, key, automatic, "name");
        return chain;
    }

    /** The actions, deferral and name of a key, each only where it is not the DSL's default. */
    static void actions(Chain chain, ForeignKey key, String automaticName, String nameCall) {
        if (key.onDelete() != FkAction.NO_ACTION) {
            chain.call("onDelete", key.onDelete().name());
        }
        if (key.onUpdate() != FkAction.NO_ACTION) {
            chain.call("onUpdate", key.onUpdate().name());
        }
        if (key.deferral() != FkDeferral.NOT_DEFERRABLE) {
            chain.call("deferral", "FkDeferral." + key.deferral().name());
        }
        if (!key.name().equals(automaticName)) {
            chain.call(nameCall, JavaText.quote(key.name()));
        }
    }

    /** The column a check belongs to when it has the name the DSL gives a column's check, {@code {table}_{column}_check}. */
    private Column checkOwner(CheckConstraint check) {
        for (Column column : table.columns()) {
            if (check.name().equals(QualifiedNames.local(table.name()) + "_" + column.name() + "_check")) {
                return column;
            }
        }
        return null;
    }

    /**
     * True when the table ends with columns exactly like the DSL's automatic timestamps, and no other column would
     * clash with them.
     */
    private static boolean hasAutomaticTimestamps(Table table) {
        List<Column> all = table.columns();
        if (all.size() < 3 || !all.subList(all.size() - 2, all.size()).equals(TIMESTAMPS)) {
            return false;
        }
        Map<String, String> keys = keys(table);
        return all.subList(0, all.size() - 2).stream()
                .noneMatch(c -> Set.of("createdAt", "updatedAt").contains(keys.get(c.name())));
    }

    private static List<Column> automaticTimestamps() {
        Table probe = Models.fromDefinitions(List.of(defineTable("probe").columns(column("id", ColumnType.INTEGER))))
                .tables()
                .get("probe");
        return probe.columns().subList(1, 3);
    }
}
