package dev.storium.internal.sql;

import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's 12-step table rebuild for one list of changes: which tables it needs, where their columns' rows come from,
 * and the statements that rebuild each.
 */
final class SqliteRebuild {
    private final SqliteDdl ddl;
    private final Map<String, String> previousNames = new LinkedHashMap<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> rebuilt = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> columnSources = new LinkedHashMap<>();
    private final Map<String, Set<String>> addedColumns = new LinkedHashMap<>();
    private final Set<String> droppedIndexes = new LinkedHashSet<>();
    private final Set<String> created = new LinkedHashSet<>();

    /** The rebuilds of {@code ddl}'s changes, written with its clauses; empty until {@link #plan}. */
    SqliteRebuild(SqliteDdl ddl) {
        this.ddl = ddl;
    }

    /** The tables to rebuild, by their next name, in the order of their first change. */
    Set<String> tables() {
        return Collections.unmodifiableSet(rebuilt);
    }

    /** True when the changes create the table (under this name). */
    boolean created(String table) {
        return created.contains(table);
    }

    /** Finds the tables to rebuild and, for each, where its columns' rows come from. */
    void plan(List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.RenameTable) {
                SchemaChange.RenameTable rename = (SchemaChange.RenameTable) change;
                previousNames.put(rename.to(), rename.from());
            } else if (change instanceof SchemaChange.DropTable) {
                dropped.add(change.table());
            } else if (change instanceof SchemaChange.DropIndex) {
                droppedIndexes.add(((SchemaChange.DropIndex) change).index().name());
            } else if (change instanceof SchemaChange.CreateTable) {
                created.add(change.table());
            }
        }
        for (SchemaChange change : changes) {
            String table = nextName(change.table());
            if (needsRebuild(change)
                    && !dropped.contains(table)
                    && ddl.next.table(table).isPresent()) {
                rebuilt.add(table);
            }
            if (change instanceof SchemaChange.RenameColumn) {
                SchemaChange.RenameColumn rename = (SchemaChange.RenameColumn) change;
                columnSources.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(rename.to(), rename.from());
            } else if (change instanceof SchemaChange.AddColumn) {
                addedColumns
                        .computeIfAbsent(table, t -> new LinkedHashSet<>())
                        .add(((SchemaChange.AddColumn) change).column().name());
            }
        }
    }

    /** The table's name after this file: changes made before the renames name the table by its old name. */
    String nextName(String table) {
        for (Map.Entry<String, String> rename : previousNames.entrySet()) {
            if (rename.getValue().equals(table) && !ddl.next.table(table).isPresent()) {
                return rename.getKey();
            }
        }
        return table;
    }

    private boolean needsRebuild(SchemaChange change) {
        if (change instanceof SchemaChange.AddForeignKey && created.contains(change.table())) {
            return false; // written into the table's CREATE TABLE, see SqliteDdl.visit(CreateTable)
        }
        if (change instanceof SchemaChange.AlterColumn
                || change instanceof SchemaChange.AlterPrimaryKey
                || change instanceof SchemaChange.AddForeignKey
                || change instanceof SchemaChange.DropForeignKey
                || change instanceof SchemaChange.AddCheck
                || change instanceof SchemaChange.DropCheck
                || change instanceof SchemaChange.RenameCheck) {
            return true;
        }
        if (change instanceof SchemaChange.CreateIndex) {
            return ((SchemaChange.CreateIndex) change).index().constraint() && !created.contains(change.table());
        }
        if (change instanceof SchemaChange.DropIndex) {
            return ((SchemaChange.DropIndex) change).index().constraint();
        }
        if (change instanceof SchemaChange.AddColumn) {
            return addNeedsRebuild(((SchemaChange.AddColumn) change).column());
        }
        if (change instanceof SchemaChange.DropColumn) {
            return dropNeedsRebuild(
                    change.table(), ((SchemaChange.DropColumn) change).column().name());
        }
        return false;
    }

    /** ADD COLUMN takes neither NOT NULL without a constant default nor a key column. */
    private static boolean addNeedsRebuild(Column column) {
        DefaultValue value = column.defaultValue();
        boolean constantDefault = value != null && value.kind() == DefaultValue.Kind.LITERAL;
        return (column.notNull() && !constantDefault)
                || (column.generated() != null && column.generated().stored()) // ADD COLUMN adds virtual ones only
                || column.type() == ColumnType.SERIAL
                || column.type() == ColumnType.ENUM // its check goes into the table's CREATE TABLE
                || (value != null && value.kind() == DefaultValue.Kind.NOW);
    }

    /** DROP COLUMN refuses a column that is in a key or an index. */
    private boolean dropNeedsRebuild(String changedTable, String column) {
        Table before = ddl.previous.table(previousName(nextName(changedTable))).orElse(null);
        return before != null
                && (before.primaryKey().contains(column)
                        || before.indexes().stream()
                                .anyMatch(i -> !droppedIndexes.contains(i.name())
                                        && i.columns().contains(column))
                        || before.foreignKeys().stream()
                                .anyMatch(f -> f.columns().contains(column)));
    }

    private String previousName(String table) {
        return previousNames.getOrDefault(table, table);
    }

    /** The rebuild of one table to its next definition, keeping the rows of the columns it keeps. */
    List<String> statements(String table) {
        Table target = ddl.nextTable(table);
        Table before = ddl.previousTable(previousName(table));
        Map<String, String> renamed = columnSources.getOrDefault(table, Map.of());
        Set<String> added = addedColumns.getOrDefault(table, Set.of());
        String temporary = "__new_" + table;
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column column : target.columns()) {
            String source = renamed.getOrDefault(column.name(), column.name());
            if (added.contains(column.name()) || before.column(source).isEmpty() || column.generated() != null) {
                continue; // a generated column is computed by the new table itself
            }
            targets.add(ddl.q(column.name()));
            sources.add(copyExpression(column, before.column(source).get()));
        }
        List<String> statements = new ArrayList<>();
        statements.add(ddl.createTable(temporary, target));
        if (!targets.isEmpty()) {
            statements.add("INSERT INTO " + ddl.q(temporary) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + ddl.q(table));
        }
        statements.add("DROP TABLE " + ddl.q(table));
        statements.add("ALTER TABLE " + ddl.q(temporary) + " RENAME TO " + ddl.q(table));
        for (Index index : target.indexes()) {
            if (!index.constraint()) { // in the CREATE TABLE
                statements.add(ddl.createIndex(table, index));
            }
        }
        return statements;
    }

    /** The copied value; a column that became NOT NULL takes its default where the old row had none. */
    private String copyExpression(Column column, Column source) {
        String defaultSql = column.defaultValue() == null ? null : ddl.defaultExpression(column);
        Map<String, String> renames = Ddl.enumRenames(source, column);
        String value = renames.isEmpty() ? ddl.q(source.name()) : ddl.renamedValues(source.name(), renames);
        if (column.notNull() && !source.notNull() && defaultSql != null) {
            return "COALESCE(" + value + ", " + defaultSql + ")";
        }
        return value;
    }
}
