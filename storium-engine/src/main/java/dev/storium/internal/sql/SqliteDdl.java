package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final SqliteRebuild rebuilds = new SqliteRebuild(this);

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
            case CHAR:
                return "char(" + column.length() + ")"; // TEXT affinity; SQLite neither pads nor checks the length
            case INTEGER:
            case SERIAL:
                return "integer";
            case SMALLINT:
                return "smallint";
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
            case DATETIME:
                return "datetime";
            case DATE:
                return "date";
            case TIME:
                return "time";
            case TEXT:
            case JSONB:
            case ARRAY:
                return "text";
            case BINARY:
                return "blob";
            case ENUM:
                return "varchar(" + column.enumType().maxLength() + ")"; // with a check, see createTable
            case CUSTOM:
                return customType(column);
            default:
                throw new IllegalArgumentException("no SQLite type for " + column.type());
        }
    }

    /** SQLite's built-in collations; others exist only in the connection that registered them. */
    @Override
    String collationProblem(String collation) {
        if (Set.of("BINARY", "NOCASE", "RTRIM").contains(collation.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return "sqlite has only the built-in collations BINARY, NOCASE and RTRIM (an application-defined one exists"
                + " only in the connection that registers it). Use one of those three, or remove collation(...) from"
                + " the column.";
    }

    @Override
    String serialSuffix() {
        // only a lone integer primary key can autoincrement; see primaryKeyClause and columnDefinition
        return " NOT NULL";
    }

    @Override
    String now(Column column) {
        if (column.type() == ColumnType.TIME) {
            return "CURRENT_TIME"; // UTC, as CURRENT_TIMESTAMP
        }
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

    @Override
    boolean supportsDeferrableKeys() {
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

    /**
     * With a check per enum column, {@code CONSTRAINT "{table}_{column}_enum" CHECK ("c" IN ('a', 'b'))}, after the
     * table's own checks: SQLite has no enum type.
     */
    @Override
    String createTable(String tableName, Table definition) {
        List<CheckConstraint> checks = new ArrayList<>(definition.checks());
        for (Column column : definition.columns()) {
            if (column.enumType() != null) {
                checks.add(new CheckConstraint(
                        Models.enumCheckName(definition.name(), column.name()),
                        q(column.name()) + " IN ("
                                + enumValues(column.enumType().values()) + ")"));
            }
        }
        String sql = super.createTable(
                tableName,
                new Table(
                        definition.name(),
                        definition.columns(),
                        definition.primaryKey(),
                        definition.indexes(),
                        definition.foreignKeys(),
                        checks,
                        definition.comment(),
                        definition.renamedFrom()));
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

    /** SQLite's only namespaces are ATTACHed databases, which Storium does not manage: objects in one are refused. */
    @Override
    void checkSchemas(SchemaModel model) {
        StoriumException error = noSchemas(
                model,
                "Storium does not manage ATTACHed databases, sqlite's only namespaces: define the object with"
                        + " Schema.defineTable(...) (or defineEnum, defineView, defineSequence) and give the names a"
                        + " prefix instead, such as sales_orders.");
        if (error != null) {
            throw error;
        }
    }

    @Override
    void checkSequence(Sequence sequence) {
        throw new StoriumException(
                ErrorCode.UNSUPPORTED,
                "Sequence " + sequence.name() + " cannot be kept: sqlite has no sequences (postgresql, mariadb and"
                        + " memory (H2) have). Remove the sequence from the schema; for numbers that count up, give"
                        + " a table a serial column (INTEGER PRIMARY KEY AUTOINCREMENT) and insert a row for each"
                        + " number.");
    }

    @Override
    List<String> render(List<SchemaChange> changes) {
        rebuilds.plan(changes);
        Set<String> rebuilt = rebuilds.tables();
        List<String> statements = new ArrayList<>();
        boolean rebuildsWritten = rebuilt.isEmpty();
        for (SchemaChange change : changes) {
            boolean lastPhase = change instanceof SchemaChange.CreateIndex
                    || change instanceof SchemaChange.RenameIndex
                    || change instanceof SchemaChange.AddCheck
                    || change instanceof SchemaChange.RenameCheck
                    || change instanceof SchemaChange.AddForeignKey
                    || change instanceof SchemaChange.CreateView; // views read the rebuilt tables
            if (lastPhase && !rebuildsWritten) {
                rebuildsWritten = true;
                rebuilt.forEach(table -> statements.addAll(rebuilds.statements(table)));
            }
            if (!rebuilt.contains(rebuilds.nextName(change.table()))
                    || change instanceof SchemaChange.RenameTable
                    || change instanceof SchemaChange.DropIndex) {
                statements.addAll(change.accept(this));
            }
        }
        if (!rebuildsWritten) {
            rebuilt.forEach(table -> statements.addAll(rebuilds.statements(table)));
        }
        if (!rebuilt.isEmpty()) {
            statements.add(0, FOREIGN_KEYS_OFF);
            statements.add(FOREIGN_KEY_CHECK);
            statements.add(FOREIGN_KEYS_ON);
        }
        return statements;
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
                        t.indexes().stream().filter(Index::constraint).toList(),
                        t.foreignKeys(),
                        definition.checks(),
                        definition.comment(),
                        definition.renamedFrom()))
                .orElse(definition);
        return List.of(createTable(change.table(), full));
    }

    /** None: SQLite has no comments; they are kept in the snapshots only. */
    @Override
    List<String> commentTable(String table, String comment) {
        return List.of();
    }

    /** None: SQLite has no comments; they are kept in the snapshots only. */
    @Override
    List<String> commentColumn(String table, Column column) {
        return List.of();
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
        if (rebuilds.created(change.table())) {
            return List.of(); // already in the table's CREATE TABLE
        }
        throw new IllegalStateException("sqlite adds foreign keys by rebuilding " + change.table());
    }

    /** An expression as written: SQLite takes any expression as a key part and keeps the text it was given. */
    @Override
    String expressionPart(String expression) {
        return expression;
    }

    /** A unique constraint is part of CREATE TABLE: written there for a new table, by a rebuild for another. */
    @Override
    public List<String> visit(SchemaChange.CreateIndex change) {
        if (!change.index().constraint()) {
            return super.visit(change);
        }
        if (rebuilds.created(change.table())) {
            return List.of(); // already in the table's CREATE TABLE
        }
        throw new IllegalStateException("sqlite adds unique constraints by rebuilding " + change.table());
    }

    /** SQLite cannot rename an index: it is dropped and created under the new name. */
    @Override
    public List<String> visit(SchemaChange.RenameIndex change) {
        return droppedAndCreated(change);
    }

    /** None for a unique constraint: it goes with the rebuild (or the drop) of its table. */
    @Override
    public List<String> visit(SchemaChange.DropIndex change) {
        return change.index().constraint() ? List.of() : super.visit(change);
    }

    @Override
    public List<String> visit(SchemaChange.AddCheck change) {
        throw new IllegalStateException("sqlite adds checks by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.DropCheck change) {
        throw new IllegalStateException("sqlite drops checks by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.RenameCheck change) {
        throw new IllegalStateException("sqlite renames checks by rebuilding " + change.table());
    }

    @Override
    public List<String> visit(SchemaChange.DropForeignKey change) {
        // a foreign key of a table dropped in the same file goes with the table
        return List.of();
    }
}
