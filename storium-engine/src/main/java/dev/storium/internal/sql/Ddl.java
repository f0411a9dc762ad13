package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.internal.text.Phrases;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.schema.FkDeferral;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The statements every dialect writes the same way (create and drop table, indexes, foreign-key clauses, literals),
 * with hooks for what differs. One instance renders one list of changes between two models.
 */
abstract class Ddl implements SchemaChange.Visitor<List<String>> {
    final SchemaModel previous;
    final SchemaModel next;
    private final Dialect dialect;

    Ddl(SchemaModel previous, SchemaModel next, Dialect dialect) {
        this.previous = Objects.requireNonNull(previous, "previous");
        this.next = Objects.requireNonNull(next, "next");
        this.dialect = dialect;
    }

    /** The renderer of a dialect for one list of changes from {@code previous} to {@code next}. */
    static Ddl of(Dialect dialect, SchemaModel previous, SchemaModel next) {
        switch (dialect) {
            case POSTGRESQL:
                return new PostgresDdl(previous, next);
            case MYSQL:
                return new MysqlDdl(previous, next);
            case SQLITE:
                return new SqliteDdl(previous, next);
            case MEMORY:
                return new H2Ddl(previous, next);
            default:
                throw new IllegalArgumentException("no renderer for dialect " + dialect);
        }
    }

    /** The dialect's name for messages, such as {@code postgresql}. */
    abstract String dialectName();

    /** The SQL type of a column, without nullability or default. */
    abstract String type(Column column);

    /**
     * A custom column's SQL type on this dialect, as the code wrote it; {@code UNSUPPORTED} when the code gave none for
     * this dialect.
     */
    final String customType(Column column) {
        String type = column.sqlType(dialect.key());
        if (type == null) {
            throw noCustomType(column.name(), column);
        }
        return type;
    }

    private StoriumException noCustomType(String where, Column column) {
        return new StoriumException(
                ErrorCode.UNSUPPORTED,
                "Column " + where + " is a custom column without an SQL type for " + dialectName() + ", so Storium"
                        + " cannot declare it there. Add .sqlType(Dialect." + dialect.name() + ", \"...\") with "
                        + dialectName() + "'s type for it to the column definition, or make it one of the built-in"
                        + " types.");
    }

    /** The expression of a "now" default for a timestamp or date column. */
    abstract String now(Column column);

    /** The expression of a random-UUID default, or null when the dialect has none (the client generates it). */
    abstract String randomUuid();

    /** The default clause's expression for a column with a default, or null when the dialect writes none. */
    final String defaultExpression(Column column) {
        DefaultValue value = column.defaultValue();
        switch (value.kind()) {
            case NOW:
                return now(column);
            case RANDOM_UUID:
                return randomUuid();
            default:
                return literal(column, value.literal());
        }
    }

    /**
     * Refuses, with {@code UNSUPPORTED}, a column that the changes create or change and that the dialect cannot
     * declare (an unsigned column outside MySQL, a collation it does not have).
     */
    final void checkColumns(List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable) {
                for (Column column :
                        ((SchemaChange.CreateTable) change).definition().columns()) {
                    checkColumn(change.table(), column);
                }
            } else if (change instanceof SchemaChange.AddColumn) {
                checkColumn(change.table(), ((SchemaChange.AddColumn) change).column());
            } else if (change instanceof SchemaChange.AlterColumn) {
                checkColumn(change.table(), ((SchemaChange.AlterColumn) change).to());
            }
        }
    }

    /**
     * Throws {@code UNSUPPORTED} when the dialect cannot declare the column as the model has it: unsigned outside
     * MySQL, a collation the dialect does not have.
     */
    void checkColumn(String table, Column column) {
        if (column.type() == ColumnType.CUSTOM && column.sqlType(dialect.key()) == null) {
            throw noCustomType(table + "." + column.name(), column);
        }
        if (column.generated() != null) {
            if (column.generated().expression(dialect.key()) == null) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Column " + table + "." + column.name() + " is generated, but has no expression for "
                                + dialectName() + ". Add .generatedAs(\"...\") for every dialect, or"
                                + " .generatedAs(Dialect." + dialect.name() + ", \"...\") to the column definition.");
            }
            String problem = column.generated().stored() ? null : virtualProblem();
            if (problem != null) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Column " + table + "." + column.name() + " is a virtual generated column, but " + problem);
            }
        }
        if (column.unsigned() && !supportsUnsigned()) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    "Column " + table + "." + column.name() + " is unsigned, but " + dialectName() + " has no unsigned"
                            + " types (only mysql has). Remove unsigned() from the column; to keep every value of an"
                            + " unsigned " + column.type().name().toLowerCase(Locale.ROOT) + ", declare it as "
                            + widerSigned(column.type()) + " instead.");
        }
        String problem = column.collation() == null ? null : collationProblem(column.collation());
        if (problem != null) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    "Column " + table + "." + column.name() + " has the collation " + column.collation() + ", but "
                            + problem);
        }
    }

    /**
     * The clause that gives a column its own collation, {@code " COLLATE name"}, or an empty string for a column
     * without one; {@link #checkColumn} has refused a collation the dialect cannot write.
     */
    String collate(Column column) {
        return column.collation() == null ? "" : " COLLATE " + column.collation();
    }

    /** Why the dialect cannot give a column this collation, with the fix; null when it can. */
    String collationProblem(String collation) {
        return null;
    }

    /** True when the dialect has unsigned whole-number types. */
    boolean supportsUnsigned() {
        return false;
    }

    private static String widerSigned(ColumnType type) {
        switch (type) {
            case SMALLINT:
                return "INTEGER";
            case INTEGER:
                return "BIGINT";
            default:
                return "NUMERIC with precision(20)";
        }
    }

    /** All statements for the changes, in order. */
    List<String> render(List<SchemaChange> changes) {
        List<String> statements = new ArrayList<>();
        for (SchemaChange change : changes) {
            statements.addAll(change.accept(this));
        }
        return statements;
    }

    /** A column, constraint or index name, quoted. */
    final String q(String identifier) {
        return Identifiers.quote(dialect, identifier);
    }

    /** The name of a table, enum, view or sequence, qualified by its schema when it has one, each part quoted. */
    final String t(String name) {
        return Identifiers.qualified(dialect, name);
    }

    /** An index of {@code table}, which lives in the table's schema: {@code "sales"."orders_idx"} on PostgreSQL. */
    final String indexName(String table, String index) {
        return t(QualifiedNames.of(QualifiedNames.schema(table).orElse(null), index));
    }

    final String columnList(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    /** The column as written in CREATE TABLE and ADD COLUMN: name, type, identity, NOT NULL, default. */
    String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name()))
                .append(' ')
                .append(type(column))
                .append(collate(column));
        if (column.type() == ColumnType.SERIAL) {
            return sql.append(serialSuffix()).toString();
        }
        if (column.generated() != null) {
            sql.append(generatedClause(column));
            return column.notNull() ? sql.append(" NOT NULL").toString() : sql.toString();
        }
        String defaultSql = column.defaultValue() == null ? null : defaultExpression(column);
        if (defaultSql != null) {
            sql.append(" DEFAULT ").append(defaultSql);
        }
        if (column.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /**
     * What follows the type of a generated column: {@code GENERATED ALWAYS AS (expression) STORED} or {@code
     * VIRTUAL}; {@link #checkColumn} has refused a column without an expression for this dialect, or of a kind it
     * lacks.
     */
    String generatedClause(Column column) {
        return " GENERATED ALWAYS AS (" + generatedExpression(column) + ")"
                + (column.generated().stored() ? " STORED" : " VIRTUAL");
    }

    /** A generated column's expression on this dialect, as the dialect needs it written (see {@link #condition}). */
    String generatedExpression(Column column) {
        return column.generated().expression(dialect.key());
    }

    /** Why the dialect cannot have a virtual generated column, with the fix; null when it can. */
    String virtualProblem() {
        return null;
    }

    /**
     * The statements of a column change that turns a column generated, plain, or generated otherwise: the column is
     * dropped and added again (PostgreSQL 15 has no {@code SET EXPRESSION}); null for any other change.
     */
    final List<String> regenerated(SchemaChange.AlterColumn change) {
        if (Objects.equals(change.from().generated(), change.to().generated())) {
            return null;
        }
        List<String> statements = new ArrayList<>(visit(new SchemaChange.DropColumn(change.table(), change.from())));
        statements.addAll(visit(new SchemaChange.AddColumn(change.table(), change.to())));
        return statements;
    }

    /** What follows the type of a serial column (identity or auto-increment, always NOT NULL). */
    abstract String serialSuffix();

    String createTable(String tableName, Table definition) {
        List<String> parts = new ArrayList<>();
        for (Column column : definition.columns()) {
            parts.add(columnDefinition(column));
        }
        String primaryKey = primaryKeyClause(definition);
        if (primaryKey != null) {
            parts.add(primaryKey);
        }
        for (ForeignKey foreignKey : definition.foreignKeys()) {
            parts.add(foreignKeyClause(definition.name(), foreignKey));
        }
        for (CheckConstraint check : definition.checks()) {
            parts.add(checkClause(definition, check));
        }
        for (Index index : definition.indexes()) {
            if (index.constraint()) {
                parts.add(uniqueClause(index));
            }
        }
        return "CREATE TABLE " + t(tableName) + " (\n  " + String.join(",\n  ", parts) + "\n)";
    }

    /** The table-level primary-key clause, or null for none. */
    String primaryKeyClause(Table definition) {
        if (definition.primaryKey().isEmpty()) {
            return null;
        }
        return "CONSTRAINT " + q(definition.primaryKeyName()) + " PRIMARY KEY (" + columnList(definition.primaryKey())
                + ")";
    }

    String foreignKeyClause(String table, ForeignKey foreignKey) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ")
                .append(q(foreignKey.name()))
                .append(" FOREIGN KEY (")
                .append(columnList(foreignKey.columns()))
                .append(") REFERENCES ")
                .append(referencedTable(table, foreignKey.refTable()))
                .append(" (")
                .append(columnList(foreignKey.refColumns()))
                .append(')');
        if (foreignKey.onDelete() != FkAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(action(table, foreignKey, foreignKey.onDelete()));
        }
        if (foreignKey.onUpdate() != FkAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(action(table, foreignKey, foreignKey.onUpdate()));
        }
        if (foreignKey.deferral() != FkDeferral.NOT_DEFERRABLE) {
            if (!supportsDeferrableKeys()) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Foreign key " + foreignKey.name() + " on table " + table + " is deferrable ("
                                + foreignKey.deferral().sql() + "), but " + dialectName() + " checks every foreign"
                                + " key at once. Remove .deferral(...) from the key, and write the rows in an order"
                                + " the key accepts (parents first), or set the key's column after both rows exist.");
            }
            sql.append(' ').append(foreignKey.deferral().sql());
        }
        return sql.toString();
    }

    /**
     * The table a foreign key of {@code table} references, as written in its REFERENCES clause: qualified by its schema
     * when it has one (see {@link H2Ddl} for a table of the default schema referenced from a named one).
     */
    String referencedTable(String table, String refTable) {
        return t(refTable);
    }

    /** The check's clause in CREATE TABLE and ADD: {@code CONSTRAINT name CHECK (condition)}. */
    final String checkClause(Table table, CheckConstraint check) {
        return "CONSTRAINT " + q(check.name()) + " CHECK (" + condition(table, check.expression()) + ")";
    }

    /** A check condition as this dialect needs it written for a table; as the code wrote it but on H2. */
    String condition(Table table, String expression) {
        return expression;
    }

    /** The SQL words of a foreign-key action; a dialect refuses the ones it cannot enforce. */
    String action(String table, ForeignKey foreignKey, FkAction action) {
        return action.sql().toUpperCase(Locale.ROOT);
    }

    /**
     * The statement that creates the index, or adds the unique constraint: {@code CREATE [UNIQUE] INDEX name ON table
     * [USING method] (parts) [INCLUDE (...)] [WHERE ...]}; what the dialect cannot build is refused (see {@link
     * #checkIndex}).
     */
    String createIndex(String table, Index index) {
        checkIndex(table, index);
        if (index.constraint()) {
            return "ALTER TABLE " + t(table) + " ADD " + uniqueClause(index);
        }
        String sql = "CREATE " + indexKind(index) + "INDEX " + q(index.name()) + " ON " + t(table) + using(index) + " ("
                + keyParts(index) + ")";
        if (!index.include().isEmpty()) {
            sql += " INCLUDE (" + columnList(index.include()) + ")";
        }
        return index.where() == null ? sql : sql + " WHERE " + index.where();
    }

    /** The unique constraint's clause in CREATE TABLE and ADD: {@code CONSTRAINT name UNIQUE (columns)}. */
    final String uniqueClause(Index index) {
        return "CONSTRAINT " + q(index.name()) + " UNIQUE (" + columnList(index.columns()) + ")";
    }

    /** What comes between CREATE and INDEX: {@code UNIQUE }, or nothing. */
    String indexKind(Index index) {
        return index.unique() ? "UNIQUE " : "";
    }

    /** The {@code USING method} clause after the table name, or nothing for the default method. */
    String using(Index index) {
        return index.method() == null ? "" : " USING " + index.method();
    }

    /**
     * The index's key parts: quoted columns or the expressions as written, each followed by its operator class, DESC
     * when it sorts so, and its nulls order where it is not the default.
     */
    final String keyParts(Index index) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            String part = index.expressions().isEmpty()
                    ? q(index.columns().get(i))
                    : expressionPart(index.expressions().get(i));
            if (index.opclass(i) != null) {
                part += " " + index.opclass(i);
            }
            if (index.descending(i)) {
                part += " DESC";
            }
            if (index.nulls(i) != null) {
                part += " NULLS " + index.nulls(i).toUpperCase(Locale.ROOT);
            }
            parts.add(part);
        }
        return String.join(", ", parts);
    }

    /** An expression as a key part: in parentheses, which PostgreSQL requires around anything but a function call. */
    String expressionPart(String expression) {
        return "(" + expression + ")";
    }

    /**
     * Refuses, with {@code UNSUPPORTED}, an index the dialect cannot build: partial, on expressions, with a method or
     * with included columns it does not have.
     */
    final void checkIndex(String table, Index index) {
        String what = "Index " + index.name() + " on table " + table;
        if (index.where() != null && !supportsPartialIndexes()) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    what + " is partial (where " + index.where() + "), but " + dialectName() + " has no partial"
                            + " indexes. Remove the where condition from the index definition, or index the columns"
                            + " without it.");
        }
        if (!index.expressions().isEmpty() && expressionIndexProblem() != null) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    what + " is on the expression " + String.join(", ", index.expressions()) + ", but "
                            + expressionIndexProblem());
        }
        if (index.method() != null && !indexMethods().contains(index.method())) {
            List<String> methods = new ArrayList<>(List.of("btree (the default)"));
            methods.addAll(indexMethods());
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    what + " uses the method " + index.method() + ", but " + dialectName()
                            + (indexMethods().isEmpty()
                                    ? " has no index methods to choose from"
                                    : " has only " + Phrases.and(methods))
                            + ". Remove using(\"" + index.method() + "\") from the index"
                            + (indexMethods().isEmpty() ? "" : ", or use one of those") + ".");
        }
        if ((!index.opclasses().isEmpty() || !index.nulls().isEmpty()) && !supportsKeyPartOptions()) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    what + " gives " + (index.opclasses().isEmpty() ? "a nulls order" : "an operator class") + " to a"
                            + " key part (" + index.summary() + "), but " + dialectName() + " has neither operator"
                            + " classes nor NULLS FIRST/LAST in an index (only postgresql has). Remove opclass(...),"
                            + " nullsFirst(...) and nullsLast(...) from the index; a query can still order its nulls"
                            + " with ORDER BY ... NULLS FIRST where the database has it.");
        }
        if (!index.include().isEmpty() && !supportsInclude()) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    what + " includes the columns " + String.join(", ", index.include()) + ", but " + dialectName()
                            + " has no INCLUDE clause (only postgresql has). Remove include(...) from the index, or"
                            + " add the columns to the index's own columns (at the end, so that it still serves the"
                            + " same lookups).");
        }
    }

    /** Why the dialect cannot build an index on an expression, with the alternative; null when it can. */
    String expressionIndexProblem() {
        return null;
    }

    /** The index methods the dialect has besides the default b-tree, lower case. */
    List<String> indexMethods() {
        return List.of();
    }

    /** True when the dialect has operator classes and {@code NULLS FIRST/LAST} in an index's key parts. */
    boolean supportsKeyPartOptions() {
        return false;
    }

    /** True when the dialect has {@code INCLUDE (...)} columns in an index. */
    boolean supportsInclude() {
        return false;
    }

    abstract boolean supportsPartialIndexes();

    /** True when the dialect has {@code DEFERRABLE} foreign keys (PostgreSQL, SQLite). */
    boolean supportsDeferrableKeys() {
        return false;
    }

    /** A literal default written for the column's type: numbers and booleans bare, everything else quoted. */
    String literal(Column column, String value) {
        switch (column.type()) {
            case INTEGER:
            case SMALLINT:
            case BIGINT:
            case SERIAL:
            case REAL:
            case NUMERIC:
                return DefaultLiterals.number(column, value);
            case BOOLEAN:
                return DefaultLiterals.bool(column, value) ? booleanTrue() : booleanFalse();
            case DATETIME:
                // the SQL form of a timestamp literal, which every database reads: a space, not ISO's T
                return quoted(value.replace('T', ' '));
            case TIME:
                // always with seconds, as a store writes a time on SQLite, so that equal times compare equal there
                return quoted(DefaultLiterals.time(column, value));
            default:
                return quoted(value);
        }
    }

    String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    String booleanTrue() {
        return "TRUE";
    }

    String booleanFalse() {
        return "FALSE";
    }

    /** The previous table of a name; a missing one is an inconsistent change list. */
    Table previousTable(String name) {
        return previous.table(name).orElseThrow(() -> new IllegalStateException("no previous table " + name));
    }

    /** The next table of a name; a missing one is an inconsistent change list. */
    Table nextTable(String name) {
        return next.table(name).orElseThrow(() -> new IllegalStateException("no next table " + name));
    }

    /**
     * The statements that set (or, for null, remove) a table's comment: {@code COMMENT ON TABLE}, which PostgreSQL and
     * H2 share.
     */
    List<String> commentTable(String table, String comment) {
        return List.of("COMMENT ON TABLE " + t(table) + " IS " + commentLiteral(comment));
    }

    /** The statements that give a column of {@code table} the comment of {@code column} (none: remove it). */
    List<String> commentColumn(String table, Column column) {
        return List.of(
                "COMMENT ON COLUMN " + t(table) + "." + q(column.name()) + " IS " + commentLiteral(column.comment()));
    }

    /** True when CREATE TABLE and ADD COLUMN carry the comments themselves (MySQL), so no statement follows them. */
    boolean inlineComments() {
        return false;
    }

    /** A comment as an SQL string literal, escaped as the dialect reads literals; {@code NULL} for none. */
    final String commentLiteral(String comment) {
        return comment == null ? "NULL" : quoted(comment);
    }

    @Override
    public List<String> visit(SchemaChange.CreateTable change) {
        List<String> statements = new ArrayList<>();
        statements.add(createTable(change.table(), change.definition()));
        if (!inlineComments()) {
            statements.addAll(comments(change.table(), change.definition()));
        }
        return statements;
    }

    /** The statements that comment a table created without its comments, and its columns. */
    final List<String> comments(String tableName, Table definition) {
        List<String> statements = new ArrayList<>();
        if (definition.comment() != null) {
            statements.addAll(commentTable(tableName, definition.comment()));
        }
        for (Column column : definition.columns()) {
            if (column.comment() != null) {
                statements.addAll(commentColumn(tableName, column));
            }
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaChange.CommentTable change) {
        return commentTable(change.table(), change.to());
    }

    @Override
    public List<String> visit(SchemaChange.CommentColumn change) {
        return commentColumn(change.table(), change.to());
    }

    @Override
    public List<String> visit(SchemaChange.CreateView change) {
        return List.of(createView(change.view()));
    }

    @Override
    public List<String> visit(SchemaChange.DropView change) {
        return List.of("DROP " + (change.view().materialized() ? "MATERIALIZED " : "") + "VIEW "
                + t(change.view().name()));
    }

    /** {@code CREATE [MATERIALIZED] VIEW name AS query}; a materialized view is refused where there are none. */
    final String createView(View view) {
        if (view.materialized() && !supportsMaterializedViews()) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    "View " + view.name() + " is materialized, but " + dialectName() + " has no materialized views"
                            + " (only postgresql has). Remove materialized() from the view to keep it a plain view,"
                            + " computed on each read; or, to keep its rows, define a table and fill it from the"
                            + " query in your code.");
        }
        return "CREATE " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + t(view.name()) + " AS "
                + query(view);
    }

    @Override
    public List<String> visit(SchemaChange.CreateSequence change) {
        Sequence sequence = change.sequence();
        checkSequence(sequence);
        return List.of("CREATE SEQUENCE " + t(sequence.name()) + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment());
    }

    /** Sets the start value and increment that change; the sequence's current value stays. */
    @Override
    public List<String> visit(SchemaChange.AlterSequence change) {
        Sequence to = change.to();
        checkSequence(to);
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE " + t(to.name()));
        if (change.from().start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (change.from().increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> visit(SchemaChange.DropSequence change) {
        checkSequence(change.sequence());
        return List.of("DROP SEQUENCE " + t(change.table()));
    }

    /** Refuses, with {@code UNSUPPORTED} naming the alternative, a sequence where the dialect has none. */
    void checkSequence(Sequence sequence) {}

    /** A view's query as this dialect needs it written: as the code wrote it, but on H2. */
    String query(View view) {
        return view.definition();
    }

    /** True when the dialect has materialized views. */
    boolean supportsMaterializedViews() {
        return false;
    }

    @Override
    public List<String> visit(SchemaChange.DropTable change) {
        return List.of("DROP TABLE " + t(change.table()));
    }

    @Override
    public List<String> visit(SchemaChange.RenameColumn change) {
        return List.of(
                "ALTER TABLE " + t(change.table()) + " RENAME COLUMN " + q(change.from()) + " TO " + q(change.to()));
    }

    @Override
    public List<String> visit(SchemaChange.AddColumn change) {
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + t(change.table()) + " ADD COLUMN " + columnDefinition(change.column()));
        if (!inlineComments() && change.column().comment() != null) {
            statements.addAll(commentColumn(change.table(), change.column()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaChange.DropColumn change) {
        return List.of("ALTER TABLE " + t(change.table()) + " DROP COLUMN "
                + q(change.column().name()));
    }

    @Override
    public List<String> visit(SchemaChange.CreateIndex change) {
        return List.of(createIndex(change.table(), change.index()));
    }

    @Override
    public List<String> visit(SchemaChange.DropIndex change) {
        if (change.index().constraint()) {
            return List.of("ALTER TABLE " + t(change.table()) + " DROP CONSTRAINT "
                    + q(change.index().name()));
        }
        return List.of("DROP INDEX " + indexName(change.table(), change.index().name()));
    }

    /** A rename where the dialect cannot rename the index: dropped under the old name, created under the new one. */
    final List<String> droppedAndCreated(SchemaChange.RenameIndex change) {
        List<String> statements = new ArrayList<>(visit(new SchemaChange.DropIndex(change.table(), change.from())));
        statements.addAll(visit(new SchemaChange.CreateIndex(change.table(), change.to())));
        return statements;
    }

    @Override
    public List<String> visit(SchemaChange.RenameIndex change) {
        return List.of("ALTER INDEX " + indexName(change.table(), change.from().name()) + " RENAME TO "
                + q(change.to().name()));
    }

    @Override
    public List<String> visit(SchemaChange.AddForeignKey change) {
        return List.of(
                "ALTER TABLE " + t(change.table()) + " ADD " + foreignKeyClause(change.table(), change.foreignKey()));
    }

    @Override
    public List<String> visit(SchemaChange.DropForeignKey change) {
        return List.of("ALTER TABLE " + t(change.table()) + " DROP CONSTRAINT "
                + q(change.foreignKey().name()));
    }

    @Override
    public List<String> visit(SchemaChange.AddCheck change) {
        return List.of(
                "ALTER TABLE " + t(change.table()) + " ADD " + checkClause(nextTable(change.table()), change.check()));
    }

    @Override
    public List<String> visit(SchemaChange.DropCheck change) {
        return List.of("ALTER TABLE " + t(change.table()) + " DROP CONSTRAINT "
                + q(change.check().name()));
    }

    @Override
    public List<String> visit(SchemaChange.RenameCheck change) {
        return List.of("ALTER TABLE " + t(change.table()) + " RENAME CONSTRAINT "
                + q(change.from().name()) + " TO " + q(change.to().name()));
    }

    /** Renames the table, and its primary-key constraint so it stays {@code <table>_pkey}. */
    @Override
    public List<String> visit(SchemaChange.RenameTable change) {
        List<String> statements = new ArrayList<>();
        String from = change.from();
        if (!QualifiedNames.sameSchema(from, change.to())) {
            statements.addAll(moveTable(from, change.to()));
            from = QualifiedNames.of(QualifiedNames.schema(change.to()).orElse(null), QualifiedNames.local(from));
        }
        if (from.equals(change.to())) {
            return statements;
        }
        statements.add("ALTER TABLE " + t(from) + " RENAME TO " + q(QualifiedNames.local(change.to())));
        Table before = previousTable(change.from());
        if (!before.primaryKey().isEmpty()) {
            // keep the <table>_pkey convention, so a later primary-key change finds the constraint by name
            statements.add("ALTER TABLE " + t(change.to()) + " RENAME CONSTRAINT " + q(before.primaryKeyName()) + " TO "
                    + q(nextTable(change.to()).primaryKeyName()));
        }
        return statements;
    }

    /** Replaces the primary-key constraint {@code <table>_pkey}. */
    @Override
    public List<String> visit(SchemaChange.AlterPrimaryKey change) {
        List<String> statements = new ArrayList<>();
        String pkName = q(QualifiedNames.local(change.table()) + "_pkey");
        if (!change.from().isEmpty()) {
            statements.add("ALTER TABLE " + t(change.table()) + " DROP CONSTRAINT " + pkName);
        }
        if (!change.to().isEmpty()) {
            statements.add("ALTER TABLE " + t(change.table()) + " ADD CONSTRAINT " + pkName + " PRIMARY KEY ("
                    + columnList(change.to()) + ")");
        }
        return statements;
    }

    /** The enum's values as a list of SQL string literals: {@code 'draft', 'paid'}. */
    final String enumValues(List<String> values) {
        return values.stream().map(this::quoted).collect(Collectors.joining(", "));
    }

    /**
     * The column as it is while a value rename runs on a dialect that writes the values into the column: {@code from}
     * with every value of both enums, the old ones first; a varchar when two of them differ in their case only.
     */
    static Column withBothEnums(Column from, Column to) {
        List<String> values = new ArrayList<>(from.enumType().values());
        to.enumType().values().stream().filter(v -> !values.contains(v)).forEach(values::add);
        if (values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().count() < values.size()) {
            // a value renamed in its case only: MySQL and H2 refuse an enum of both spellings, so go through text
            int longest = values.stream().mapToInt(String::length).max().orElse(1);
            return new Column(
                    from.name(),
                    ColumnType.VARCHAR,
                    longest,
                    null,
                    null,
                    null,
                    false,
                    null,
                    from.notNull(),
                    from.defaultValue(),
                    from.comment(),
                    null,
                    null,
                    null,
                    null);
        }
        return from.withEnumType(new EnumType(to.enumType().name(), values));
    }

    /**
     * The values renamed by a hint between two enum columns (old to new); empty when either is no enum column.
     */
    static Map<String, String> enumRenames(Column from, Column to) {
        if (from.enumType() == null || to.enumType() == null) {
            return Map.of();
        }
        return to.enumType().renamesFrom(from.enumType());
    }

    /** {@code CASE "c" WHEN 'old' THEN 'new' ... ELSE "c" END}: a column's values with the renames applied. */
    final String renamedValues(String column, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return q(column);
        }
        StringBuilder sql = new StringBuilder("CASE ").append(q(column));
        renames.forEach((from, to) ->
                sql.append(" WHEN ").append(quoted(from)).append(" THEN ").append(quoted(to)));
        return sql.append(" ELSE ").append(q(column)).append(" END").toString();
    }

    /** {@code UPDATE t SET c = CASE ... END WHERE c IN (olds)}: the rows of renamed values take the new ones. */
    final String updateRenamedValues(String table, String column, Map<String, String> renames) {
        return "UPDATE " + t(table) + " SET " + q(column) + " = " + renamedValues(column, renames) + " WHERE "
                + q(column) + " IN (" + enumValues(List.copyOf(renames.keySet())) + ")";
    }

    /**
     * The statements that move a table from its schema into another, keeping its name inside the schema; a dialect
     * without {@code ALTER TABLE ... SET SCHEMA} refuses with {@code UNSUPPORTED} naming the alternative.
     */
    List<String> moveTable(String from, String to) {
        throw new StoriumException(
                ErrorCode.UNSUPPORTED,
                "Table " + from + " moves to " + to + ", but " + dialectName() + " cannot move a table into another"
                        + " schema. Keep the table in its schema (take renamedFrom(...) away and define it where it"
                        + " was), or write the move by hand in a migration of your own: create the new table, copy"
                        + " the rows with INSERT ... SELECT, then drop the old one.");
    }

    /** {@code CREATE SCHEMA IF NOT EXISTS}; the dialects without named schemas refuse (see {@link #checkSchemas}). */
    @Override
    public List<String> visit(SchemaChange.CreateSchema change) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + q(change.schema()));
    }

    /**
     * Refuses, with {@code UNSUPPORTED} naming the alternative, a next schema with objects in a named schema where the
     * dialect has no named schemas (MySQL, SQLite); the default: every schema is fine.
     */
    void checkSchemas(SchemaModel model) {}

    /**
     * The {@code UNSUPPORTED} error of a dialect without named schemas, for the first object of {@code model} in one
     * (null when there is none): what the dialect lacks and the alternative.
     */
    final StoriumException noSchemas(SchemaModel model, String alternative) {
        String what = firstInSchema("Table ", model.tables().keySet());
        what = what != null ? what : firstInSchema("Enum ", model.enums().keySet());
        what = what != null ? what : firstInSchema("View ", model.views().keySet());
        what = what != null
                ? what
                : firstInSchema("Sequence ", model.sequences().keySet());
        if (what == null) {
            return null;
        }
        return new StoriumException(
                ErrorCode.UNSUPPORTED,
                what + " is defined in the schema " + model.schemas().first() + " (defineSchema(\""
                        + model.schemas().first() + "\")), but " + dialectName() + " has no named schemas (postgresql"
                        + " and memory (H2) have). " + alternative);
    }

    private static String firstInSchema(String kind, java.util.Collection<String> names) {
        return names.stream()
                .filter(n -> QualifiedNames.schema(n).isPresent())
                .findFirst()
                .map(n -> kind + n)
                .orElse(null);
    }

    /** None: the dialects but PostgreSQL write an enum's values into each column of it. */
    @Override
    public List<String> visit(SchemaChange.CreateEnum change) {
        return List.of();
    }

    /** None: the dialects but PostgreSQL change an enum through the {@code AlterColumn}s of its columns. */
    @Override
    public List<String> visit(SchemaChange.AlterEnum change) {
        return List.of();
    }

    /** None: the dialects but PostgreSQL have no enum apart from its columns. */
    @Override
    public List<String> visit(SchemaChange.DropEnum change) {
        return List.of();
    }
}
