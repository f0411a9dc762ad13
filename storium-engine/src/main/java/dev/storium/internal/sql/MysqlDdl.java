package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * MySQL and MariaDB: backtick quoting, MODIFY COLUMN restating the whole column (its comment included: a MODIFY
 * without COMMENT removes the comment), comments inline in CREATE TABLE and ADD COLUMN, no partial indexes.
 */
final class MysqlDdl extends Ddl {
    /** Types stored as TEXT or JSON: no plain default literal in MySQL, no index without a prefix. */
    private static final Set<ColumnType> LOB_TYPES = EnumSet.of(ColumnType.TEXT, ColumnType.JSONB, ColumnType.ARRAY);

    /** The columns ({@code table.column}) a MODIFY COLUMN of this list restates already, comments included. */
    private final Set<String> modified = new HashSet<>();

    MysqlDdl(SchemaModel previous, SchemaModel next) {
        super(previous, next, Dialect.MYSQL);
    }

    @Override
    String dialectName() {
        return "mysql";
    }

    /** MySQL and MariaDB call a database a schema: objects in a named schema are refused. */
    @Override
    void checkSchemas(SchemaModel model) {
        StoriumException error = noSchemas(
                model,
                "On mysql a schema is a database of its own: define the object with Schema.defineTable(...) (or"
                        + " defineEnum, defineView, defineSequence) in the configured database, or keep that schema's"
                        + " objects in a separate database with a Storium configuration of its own (its own url and"
                        + " migrations directory).");
        if (error != null) {
            throw error;
        }
    }

    @Override
    String type(Column column) {
        if (column.unsigned()) {
            // MySQL's serial is bigint unsigned auto_increment; an unsigned serial is that
            String base = column.type() == ColumnType.SERIAL ? "bigint" : signedType(column);
            return base + " unsigned";
        }
        return signedType(column);
    }

    @Override
    boolean supportsUnsigned() {
        return true;
    }

    private String signedType(Column column) {
        switch (column.type()) {
            case ENUM:
                return "enum(" + enumValues(column.enumType().values()) + ")";
            case UUID:
                return "varchar(36)";
            case VARCHAR:
                return "varchar(" + (column.length() == null ? 255 : column.length()) + ")";
            case CHAR:
                return "char(" + column.length() + ")";
            case TEXT:
                return "text";
            case INTEGER:
            case SERIAL:
                return "int";
            case SMALLINT:
                return "smallint";
            case BIGINT:
                return "bigint";
            case REAL:
                return "double";
            case NUMERIC:
                return decimal(column);
            case BOOLEAN:
                return "boolean";
            case TIMESTAMP:
            case DATETIME:
                return "datetime(6)";
            case DATE:
                return "date";
            case TIME:
                return "time(6)";
            case JSONB:
            case ARRAY:
                return "json";
            case BINARY:
                return "longblob";
            case CUSTOM:
                return customType(column);
            default:
                throw new IllegalArgumentException("no MySQL type for " + column.type());
        }
    }

    private static String decimal(Column column) {
        if (column.precision() == null) {
            // MySQL's bare decimal is decimal(10,0) and drops fractions; keep as much as MySQL allows
            return "decimal(65, 30)";
        }
        return column.scale() == null
                ? "decimal(" + column.precision() + ")"
                : "decimal(" + column.precision() + ", " + column.scale() + ")";
    }

    @Override
    String serialSuffix() {
        return " NOT NULL AUTO_INCREMENT";
    }

    @Override
    String now(Column column) {
        if (column.type() == ColumnType.TIME) {
            return "(CURRENT_TIME(6))";
        }
        return column.type() == ColumnType.DATE ? "(CURRENT_DATE)" : "CURRENT_TIMESTAMP(6)";
    }

    @Override
    String randomUuid() {
        return "(uuid())";
    }

    @Override
    String literal(Column column, String value) {
        String literal = super.literal(column, value);
        // MySQL 8 accepts a default on TEXT and JSON only as an expression in parentheses; MariaDB accepts both
        return LOB_TYPES.contains(column.type()) ? "(" + literal + ")" : literal;
    }

    @Override
    String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The column as CREATE TABLE, ADD COLUMN and every MODIFY COLUMN write it: with its comment, if any. */
    @Override
    String columnDefinition(Column column) {
        String definition = super.columnDefinition(column);
        return column.comment() == null ? definition : definition + " COMMENT " + quoted(column.comment());
    }

    @Override
    String createTable(String tableName, Table definition) {
        String sql = super.createTable(tableName, definition);
        return definition.comment() == null ? sql : sql + " COMMENT=" + quoted(definition.comment());
    }

    @Override
    boolean inlineComments() {
        return true;
    }

    /** MySQL reads an empty table comment as none. */
    @Override
    List<String> commentTable(String table, String comment) {
        return List.of("ALTER TABLE " + q(table) + " COMMENT = " + quoted(comment == null ? "" : comment));
    }

    /**
     * MySQL has no COMMENT ON: the column is restated whole with MODIFY COLUMN, as it is after the migration, with its
     * comment (or without one, which removes it); nothing when an alteration of the column in the same list restated
     * it so already.
     */
    @Override
    List<String> commentColumn(String table, Column column) {
        if (modified.contains(table + "." + column.name())) {
            return List.of();
        }
        return List.of("ALTER TABLE " + q(table) + " MODIFY COLUMN " + columnDefinition(column));
    }

    @Override
    boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    String primaryKeyClause(Table definition) {
        return definition.primaryKey().isEmpty() ? null : "PRIMARY KEY (" + columnList(definition.primaryKey()) + ")";
    }

    @Override
    String action(String table, ForeignKey foreignKey, FkAction action) {
        if (action == FkAction.SET_DEFAULT) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    "Foreign key " + foreignKey.name() + " on table " + table + " uses the action set default, which"
                            + " MySQL and MariaDB (InnoDB) refuse. Use set null, cascade, restrict or no action.");
        }
        return super.action(table, foreignKey, action);
    }

    @Override
    String createIndex(String table, Index index) {
        Table definition = next.table(table).orElse(null);
        for (String columnName : index.columns()) {
            Column column =
                    definition == null ? null : definition.column(columnName).orElse(null);
            if (column != null && LOB_TYPES.contains(column.type()) && !"fulltext".equals(index.method())) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Index " + index.name() + " on table " + table + " includes column " + columnName + " of type "
                                + column.type().name().toLowerCase(java.util.Locale.ROOT) + ", which mysql stores as "
                                + type(column) + " and cannot index without a prefix. Make the column a varchar"
                                + " with a maxLength, or drop it from the index.");
            }
        }
        return super.createIndex(table, index);
    }

    /** {@code FULLTEXT } or {@code SPATIAL }: MySQL writes these methods as a kind of index, not with USING. */
    @Override
    String indexKind(Index index) {
        return index.method() == null ? super.indexKind(index) : index.method().toUpperCase(Locale.ROOT) + " ";
    }

    @Override
    String using(Index index) {
        return "";
    }

    @Override
    List<String> indexMethods() {
        return List.of("fulltext", "spatial");
    }

    @Override
    String expressionIndexProblem() {
        return "mysql has no index on an expression that MariaDB also builds (MariaDB has none; MySQL only from"
                + " 8.0.13). Index a column instead: add a column that holds the value (kept up to date by the"
                + " application) and index(...) it, or index the plain column.";
    }

    @Override
    public List<String> visit(SchemaChange.RenameTable change) {
        return List.of("RENAME TABLE " + q(change.from()) + " TO " + q(change.to()));
    }

    @Override
    public List<String> visit(SchemaChange.AlterColumn change) {
        List<String> regenerated = regenerated(change);
        if (regenerated != null) {
            return regenerated;
        }
        Map<String, String> renames = enumRenames(change.from(), change.to());
        if (!renames.isEmpty()) {
            // through both lists of values: MySQL converts an enum by its values' names
            Column both = withBothEnums(change.from(), change.to());
            List<String> statements = new ArrayList<>();
            statements.add("ALTER TABLE " + q(change.table()) + " MODIFY COLUMN " + columnDefinition(both));
            statements.add(updateRenamedValues(change.table(), both.name(), renames));
            statements.addAll(
                    alterColumn(new SchemaChange.AlterColumn(change.table(), both, change.to(), change.narrowing())));
            return statements;
        }
        return alterColumn(change);
    }

    private List<String> alterColumn(SchemaChange.AlterColumn change) {
        Column from = change.from();
        Column to = change.to();
        boolean onlyDefaultDropped = type(from).equals(type(to))
                && Objects.equals(from.collation(), to.collation())
                && from.notNull() == to.notNull()
                && to.defaultValue() == null
                && !Objects.equals(from.defaultValue(), to.defaultValue());
        if (onlyDefaultDropped) {
            // never "set default null": it fails on NOT NULL columns
            return List.of("ALTER TABLE " + q(change.table()) + " ALTER COLUMN " + q(to.name()) + " DROP DEFAULT");
        }
        modified.add(change.table() + "." + to.name());
        return List.of("ALTER TABLE " + q(change.table()) + " MODIFY COLUMN " + columnDefinition(to));
    }

    @Override
    public List<String> visit(SchemaChange.AlterPrimaryKey change) {
        List<String> parts = new ArrayList<>();
        if (!change.from().isEmpty()) {
            parts.add("DROP PRIMARY KEY");
        }
        if (!change.to().isEmpty()) {
            parts.add("ADD PRIMARY KEY (" + columnList(change.to()) + ")");
        }
        // one statement: an auto-increment column must stay part of a key at every moment
        return List.of("ALTER TABLE " + q(change.table()) + " " + String.join(", ", parts));
    }

    @Override
    public List<String> visit(SchemaChange.DropIndex change) {
        return List.of("DROP INDEX " + q(change.index().name()) + " ON " + q(change.table()));
    }

    @Override
    public List<String> visit(SchemaChange.RenameIndex change) {
        return List.of("ALTER TABLE " + q(change.table()) + " RENAME INDEX "
                + q(change.from().name()) + " TO " + q(change.to().name()));
    }

    /** MySQL cannot rename a check: it is dropped and added under the new name. */
    @Override
    public List<String> visit(SchemaChange.RenameCheck change) {
        return List.of(
                "ALTER TABLE " + q(change.table()) + " DROP CONSTRAINT "
                        + q(change.from().name()),
                "ALTER TABLE " + q(change.table()) + " ADD " + checkClause(nextTable(change.table()), change.to()));
    }

    /**
     * Drops the key, and the index InnoDB made for it: a key whose columns lead no index gets one of the key's name,
     * which {@code DROP FOREIGN KEY} leaves behind (the catalog reader would then find an index the code lacks).
     */
    @Override
    public List<String> visit(SchemaChange.DropForeignKey change) {
        ForeignKey key = change.foreignKey();
        String drop = "ALTER TABLE " + q(change.table()) + " DROP FOREIGN KEY " + q(key.name());
        Table before = previous.table(change.table()).orElse(null);
        if (before == null || !implicitIndex(before, key)) {
            return List.of(drop);
        }
        return List.of(drop, "DROP INDEX " + q(key.name()) + " ON " + q(change.table()));
    }

    /** True when InnoDB made an index for the key: no index or primary key leads with its columns, nor another key. */
    private static boolean implicitIndex(Table table, ForeignKey key) {
        List<String> columns = key.columns();
        if (leads(table.primaryKey(), columns)) {
            return false;
        }
        for (Index index : table.indexes()) {
            if (leads(index.columns(), columns)) {
                return false;
            }
        }
        for (ForeignKey other : table.foreignKeys()) {
            if (!other.name().equals(key.name())
                    && (leads(other.columns(), columns) || leads(columns, other.columns()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean leads(List<String> indexed, List<String> columns) {
        return indexed.size() >= columns.size()
                && indexed.subList(0, columns.size()).equals(columns);
    }
}
