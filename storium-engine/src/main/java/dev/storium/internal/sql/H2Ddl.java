package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * H2 2.x in its native mode: standard types, identity columns for serial, unique indexes as unique constraints, no
 * partial indexes.
 */
final class H2Ddl extends StandardDdl {

    H2Ddl(SchemaModel previous, SchemaModel next) {
        super(previous, next, Dialect.MEMORY);
    }

    @Override
    String collationProblem(String collation) {
        return "memory (H2) has no collation per column, only one for the whole database (SET COLLATION). Remove"
                + " collation(...) from the column, or compare case-insensitively in the query (LOWER(...)).";
    }

    @Override
    String dialectName() {
        return "memory (H2)";
    }

    /**
     * H2 looks an unqualified name in a statement on a table of a named schema up in that schema: a table of the
     * default schema, {@code PUBLIC}, is named with it there.
     */
    @Override
    String referencedTable(String table, String refTable) {
        boolean fromNamed = QualifiedNames.schema(table).isPresent();
        return fromNamed && QualifiedNames.schema(refTable).isEmpty() ? q("PUBLIC") + "." + q(refTable) : t(refTable);
    }

    /** Varchar, not clob: H2 cannot index or compare clob columns like text. */
    @Override
    String textType() {
        return "varchar";
    }

    @Override
    String jsonType() {
        return "json";
    }

    @Override
    String dateTimeType() {
        return "timestamp without time zone"; // H2 keeps microseconds by default
    }

    @Override
    String timeType() {
        return "time(6)"; // H2's time keeps whole seconds by default
    }

    @Override
    String binaryType() {
        return "binary varying";
    }

    @Override
    String arrayOf(String itemType) {
        return itemType + " array";
    }

    @Override
    String randomUuid() {
        return "RANDOM_UUID()";
    }

    @Override
    String literal(Column column, String value) {
        String literal = super.literal(column, value);
        // a plain string converts to a JSON string value in H2; FORMAT JSON keeps objects and arrays
        return column.type() == ColumnType.JSONB ? literal + " FORMAT JSON" : literal;
    }

    @Override
    boolean supportsPartialIndexes() {
        return false;
    }

    /**
     * A unique index is written as a unique constraint: H2 accepts only a primary key or a unique constraint, not a
     * unique index, as the target of a foreign key. One with a descending column stays an index (a constraint has no
     * sort order), which a foreign key then cannot reference.
     */
    @Override
    String createIndex(String table, Index index) {
        String sql = super.createIndex(table, index); // refuses what H2 cannot build
        if (!asConstraint(index) || index.constraint()) {
            return sql;
        }
        return "ALTER TABLE " + t(table) + " ADD " + uniqueClause(index);
    }

    /** True when H2 holds the index as a unique constraint: a unique constraint, or a unique index sorted ascending. */
    static boolean asConstraint(Index index) {
        return index.constraint() || (index.unique() && index.descending().isEmpty());
    }

    /** A unique index that H2 holds as a constraint is dropped and created under the new name. */
    @Override
    public List<String> visit(SchemaChange.RenameIndex change) {
        if (!asConstraint(change.to())) {
            return super.visit(change);
        }
        return droppedAndCreated(change);
    }

    @Override
    String expressionIndexProblem() {
        return "memory (H2) has no index on an expression. Index a column instead: add a column that holds the value"
                + " and index(...) it, or index the plain column.";
    }

    /**
     * A unique index Storium wrote is a constraint, but one made by hand is an index, which the catalog reads as the
     * constraint it stands for: both are dropped if they exist, so that either goes.
     */
    @Override
    public List<String> visit(SchemaChange.DropIndex change) {
        Index index = change.index();
        if (!asConstraint(index)) {
            return super.visit(change);
        }
        return List.of(
                "ALTER TABLE " + t(change.table()) + " DROP CONSTRAINT IF EXISTS " + q(index.name()),
                "DROP INDEX IF EXISTS " + indexName(change.table(), index.name()));
    }

    /** H2 has one kind of generated column, computed on write: written without STORED or VIRTUAL. */
    @Override
    String generatedClause(Column column) {
        return " GENERATED ALWAYS AS (" + generatedExpression(column) + ")";
    }

    /** The expression with the bare names of the schema's columns quoted, as a check's condition is. */
    @Override
    String generatedExpression(Column column) {
        Set<String> columns = new java.util.HashSet<>();
        for (SchemaModel model : List.of(previous, next)) {
            model.tables().values().forEach(t -> t.columns().forEach(c -> columns.add(c.name())));
        }
        return CheckText.quoteColumns(super.generatedExpression(column), columns, this::q);
    }

    /** Bare column names quoted: H2 folds unquoted names to upper case (see {@link CheckText#quoteColumns}). */
    @Override
    String condition(Table table, String expression) {
        Set<String> columns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        return CheckText.quoteColumns(expression, columns, this::q);
    }

    /**
     * Every mention of a table, view or column name of the schema quoted, qualified ones included: H2 folds unquoted
     * names to upper case (see {@link CheckText#quoteNames}).
     */
    @Override
    String query(View view) {
        Set<String> names = new java.util.HashSet<>(next.tables().keySet());
        names.addAll(next.views().keySet());
        next.tables().values().forEach(t -> t.columns().forEach(c -> names.add(c.name())));
        // sales.orders: the schema and the name inside it, each quoted
        names.addAll(next.schemas());
        new java.util.ArrayList<>(names).forEach(n -> names.add(QualifiedNames.local(n)));
        return CheckText.quoteNames(view.definition(), names, this::q, true);
    }

    @Override
    String dropIdentity() {
        return "DROP IDENTITY";
    }

    @Override
    List<String> addIdentity(String table, Column to, String alter) {
        return List.of(
                alter + "SET GENERATED BY DEFAULT",
                alter + "RESTART WITH (SELECT COALESCE(MAX(" + q(to.name()) + "), 0) + 1 FROM " + t(table) + ")");
    }

    /**
     * A value rename goes through both lists of values: the column takes the old and new values, the rows take the new
     * names, then the column takes its next type (H2 converts an enum by its values' names).
     */
    @Override
    public List<String> visit(SchemaChange.AlterColumn change) {
        Map<String, String> renames = enumRenames(change.from(), change.to());
        if (renames.isEmpty()) {
            return super.visit(change);
        }
        Column both = withBothEnums(change.from(), change.to());
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + t(change.table()) + " ALTER COLUMN " + q(both.name()) + " SET DATA TYPE "
                + type(both));
        statements.add(updateRenamedValues(change.table(), both.name(), renames));
        statements.addAll(
                super.visit(new SchemaChange.AlterColumn(change.table(), both, change.to(), change.narrowing())));
        return statements;
    }
}
