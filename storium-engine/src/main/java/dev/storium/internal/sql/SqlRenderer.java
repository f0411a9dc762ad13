package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.List;

/** Turns schema changes into the SQL statements of one dialect. */
@FunctionalInterface
public interface SqlRenderer {

    /**
     * The statements, in order, that apply {@code changes} (as produced by the differ from {@code previous} to
     * {@code next}); one string per statement, without a trailing semicolon.
     */
    List<String> render(List<SchemaChange> changes, SchemaModel previous, SchemaModel next);

    /**
     * The clause that declares a check of {@code table} in CREATE TABLE and ADD on this dialect: {@code CONSTRAINT
     * name CHECK (condition)}, its condition written as the dialect needs it (bare column names quoted on H2).
     */
    static String checkClause(Dialect dialect, Table table, CheckConstraint check) {
        return Ddl.of(dialect, SchemaModel.empty(), SchemaModel.empty()).checkClause(table, check);
    }

    /** A view's query as this dialect writes it in {@code CREATE VIEW}, in the schema {@code model}. */
    static String viewQuery(Dialect dialect, SchemaModel model, View view) {
        return Ddl.of(dialect, SchemaModel.empty(), model).query(view);
    }

    /**
     * An expression over the columns of {@code table} as this dialect needs it written in a check or a generated
     * column (bare column names quoted on H2).
     */
    static String expression(Dialect dialect, Table table, String expression) {
        return Ddl.of(dialect, SchemaModel.empty(), SchemaModel.empty()).condition(table, expression);
    }

    /**
     * Throws {@code UNSUPPORTED}, naming the alternative, when {@code model} puts objects in a named schema and the
     * dialect has none (MySQL/MariaDB, SQLite).
     */
    static void checkSchemas(Dialect dialect, SchemaModel model) {
        Ddl.of(dialect, SchemaModel.empty(), model).checkSchemas(model);
    }

    /** The renderer of a dialect. */
    static SqlRenderer of(Dialect dialect) {
        return (changes, previous, next) -> {
            Ddl ddl = Ddl.of(dialect, previous, next);
            ddl.checkSchemas(next);
            ddl.checkColumns(changes);
            return ddl.render(changes);
        };
    }
}
