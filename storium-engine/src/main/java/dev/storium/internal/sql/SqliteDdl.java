package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite: what {@code ALTER TABLE} cannot do is done by the documented 12-step table rebuild, one rebuild per table
 * and file, with foreign keys switched off for the file by its first statement (outside the transaction, see
 * {@link ScriptExecutor}) and checked before commit.
 */
final class SqliteDdl extends Ddl {
    static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys=OFF";
    static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";
    static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys=ON";

    private final Map<String, String> previousNames = new LinkedHashMap<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> rebuilt = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> columnSources = new LinkedHashMap<>();
    private final Map<String, Set<String>> addedColumns = new LinkedHashMap<>();
    private final Set<String> droppedIndexes = new LinkedHashSet<>();
    private final Set<String> created = new LinkedHashSet<>();

    SqliteDdl(SchemaModel previous, SchemaModel next) {
        super(previous, next, Dialect.SQLITE);
    }

    @Override
    String dialectName() {
        return "sqlite";
    }

    @Override
    String type(Column column) {
        switch (column.type()) {
            case UUID:
                return "varchar(36)";
            case VARCHAR:
                return column.length() == null ? "varchar" : "varchar(" + column.length() + ")";
            case INTEGER:
            case SERIAL:
                return "integer";
            case BIGINT:
                return "bigint";
            case REAL:
                return "real";
            case NUMERIC:
                return column.precision() == null
                        ? "numeric"
                        : column.scale() == null
                                ? "numeric(" + column.precision() + ")"
                                : "numeric(" + column.precision() + ", " + column.scale() + ")";
            case BOOLEAN:
                return "boolean";
            case TIMESTAMP:
                return "timestamp";
            case DATE:
                return "date";
            case TEXT:
            case JSONB:
            case ARRAY:
                return "text";
            default:
                throw new IllegalArgumentException("no SQLite type for " + column.type());
        }
    }

    @Override
    String serialSuffix() {
        // only a lone integer primary key can autoincrement; see primaryKeyClause and columnDefinition
        return " NOT NULL";
    }

    @Override
    String now(Column column) {
        return column.type() == ColumnType.DATE ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
    }

    @Override
    String randomUuid() {
        return null;
    }

    @Override
    String booleanTrue() {
        return "1";
    }

    @Override
    String booleanFalse() {
        return "0";
    }

    @Override
    boolean supportsPartialIndexes() {
        return true;
    }

    private static boolean autoincrement(Table table) {
        if (table.primaryKey().size() != 1) {
            return false;
        }
        return table.column(table.primaryKey().get(0))
                .map(c -> c.type() == ColumnType.SERIAL)
                .orElse(false);
    }

    @Override
    String createTable(String tableName, Table definition) {
        String sql = super.createTable(tableName, definition);
        if (!autoincrement(definition)) {
            return sql;
        }
        String key = definition.primaryKey().get(0);
        return sql.replace(q(key) + " integer NOT NULL", q(key) + " integer PRIMARY KEY AUTOINCREMENT NOT NULL");
    }

    @Override
    String primaryKeyClause(Table definition) {
        return autoincrement(definition) ? null : super.primaryKeyClause(definition);
    }

    @Override
    List<String> render(List<SchemaChange> changes) {
        plan(changes);
        List<String> statements = new ArrayList<>();
        boolean rebuildsWritten = rebuilt.isEmpty();
        for (SchemaChange change : changes) {
            boolean lastPhase =
                    change instanceof SchemaChange.CreateIndex || change instanceof SchemaChange.AddForeignKey;
            if (lastPhase && !rebuildsWritten) {
                rebuildsWritten = true;
                rebuilt.forEach(table -> statements.addAll(rebuild(table)));
            }
            if (!rebuilt.contains(nextName(change.table()))
                    || change instanceof SchemaChange.RenameTable
                    || change instanceof SchemaChange.DropIndex) {
                statements.addAll(change.accept(this));
            }
        }
        if (!rebuildsWritten) {
            rebuilt.forEach(table -> statements.addAll(rebuild(table)));
        }
        if (!rebuilt.isEmpty()) {
            statements.add(0, FOREIGN_KEYS_OFF);
            statements.add(FOREIGN_KEY_CHECK);
            statements.add(FOREIGN_KEYS_ON);
        }
        return statements;
    }

    /** Finds the tables to rebuild and, for each, where its columns' rows come from. */
    private void plan(List<SchemaChange> changes) {
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
                    && next.table(table).isPresent()) {
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
    private String nextName(String table) {
        for (Map.Entry<String, String> rename : previousNames.entrySet()) {
            if (rename.getValue().equals(table) && !next.table(table).isPresent()) {
                return rename.getKey();
            }
        }
        return table;
    }

    private boolean needsRebuild(SchemaChange change) {
        if (change instanceof SchemaChange.AddForeignKey && created.contains(change.table())) {
            return false; // written into the table's CREATE TABLE, see visit(CreateTable)
        }
        if (change instanceof SchemaChange.AlterColumn
                || change instanceof SchemaChange.AlterPrimaryKey
                || change instanceof SchemaChange.AddForeignKey
                || change instanceof SchemaChange.DropForeignKey) {
            return true;
        }
        if (change instanceof SchemaChange.AddColumn) {
            Column column = ((SchemaChange.AddColumn) change).column();
            DefaultValue value = column.defaultValue();
            boolean constantDefault = value != null && value.kind() == DefaultValue.Kind.LITERAL;
            // ADD COLUMN takes neither NOT NULL without a constant default nor a key column
            return (column.notNull() && !constantDefault)
                    || column.type() == ColumnType.SERIAL
                    || (value != null && value.kind() == DefaultValue.Kind.NOW);
        }
        if (change instanceof SchemaChange.DropColumn) {
            String column = ((SchemaChange.DropColumn) change).column().name();
            Table before =
                    previous.table(previousName(nextName(change.table()))).orElse(null);
            // DROP COLUMN refuses a column that is in a key or an index
            return before != null
                    && (before.primaryKey().contains(column)
                            || before.indexes().stream()
                                    .anyMatch(i -> !droppedIndexes.contains(i.name())
                                            && i.columns().contains(column))
                            || before.foreignKeys().stream()
                                    .anyMatch(f -> f.columns().contains(column)));
        }
        return false;
    }

    private String previousName(String table) {
        return previousNames.getOrDefault(table, table);
    }

    /** The rebuild of one table to its next definition, keeping the rows of the columns it keeps. */
    private List<String> rebuild(String table) {
        Table target = nextTable(table);
        Table before = previousTable(previousName(table));
        Map<String, String> renamed = columnSources.getOrDefault(table, Map.of());
        Set<String> added = addedColumns.getOrDefault(table, Set.of());
        String temporary = "__new_" + table;
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column column : target.columns()) {
            String source = renamed.getOrDefault(column.name(), column.name());
            if (added.contains(column.name()) || before.column(source).isEmpty()) {
                continue;
            }
            targets.add(q(column.name()));
            sources.add(copyExpression(column, before.column(source).get()));
        }
        List<String> statements = new ArrayList<>();
        statements.add(createTable(temporary, target));
        if (!targets.isEmpty()) {
            statements.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + q(table));
        }
        statements.add("DROP TABLE " + q(table));
        statements.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(table));
        for (Index index : target.indexes()) {
            statements.add(createIndex(table, index));
        }
        return statements;
    }

    /** The copied value; a column that became NOT NULL takes its default where the old row had none. */
    private String copyExpression(Column column, Column source) {
        String defaultSql = column.defaultValue() == null ? null : defaultExpression(column);
        if (column.notNull() && !source.notNull() && defaultSql != null) {
            return "COALESCE(" + q(source.name()) + ", " + defaultSql + ")";
        }
        return q(source.name());
    }

    /**
     * Creates the table with every foreign key it has in the next model, including those the differ adds later (keys
     * in a cycle, keys to a unique index created in the same file): SQLite checks a key's target only when rows are
     * written, and ALTER TABLE cannot add a key afterwards.
     */
    @Override
    public List<String> visit(SchemaChange.CreateTable change) {
        Table definition = change.definition();
        Table full = next.table(change.table())
                .map(t -> new Table(
                        definition.name(),
                        definition.columns(),
                        definition.primaryKey(),
                        definition.indexes(),
                        t.foreignKeys(),
                        definition.renamedFrom()))
                .orElse(definition);
        return List.of(createTable(change.table(), full));
    }

    @Override
    public List<String> visit(SchemaChange.RenameTable change) {
        return List.of("ALTER TABLE " + q(change.from()) + " RENAME TO " + q(change.to()));
    }

    @Override
    public List<String> visit(SchemaChange.AlterColumn change) {
        throw new IllegalStateException("sqlite alters columns by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.AlterPrimaryKey change) {
        throw new IllegalStateException("sqlite changes primary keys by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.AddForeignKey change) {
        if (created.contains(change.table())) {
            return List.of(); // already in the table's CREATE TABLE
        }
        throw new IllegalStateException("sqlite adds foreign keys by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.DropForeignKey change) {
        // a foreign key of a table dropped in the same file goes with the table
        return List.of();
    }
}
