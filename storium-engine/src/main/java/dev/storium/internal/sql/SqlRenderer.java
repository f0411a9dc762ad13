package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.SchemaModel;
import java.util.List;

/** Turns schema changes into the SQL statements of one dialect. */
@FunctionalInterface
public interface SqlRenderer {

    /**
     * The statements, in order, that apply {@code changes} (as produced by the differ from {@code previous} to
     * {@code next}); one string per statement, without a trailing semicolon.
     */
    List<String> render(List<SchemaChange> changes, SchemaModel previous, SchemaModel next);

    /** The renderer of a dialect. */
    static SqlRenderer of(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return (changes, previous, next) -> new PostgresDdl(previous, next).render(changes);
            case MYSQL:
                return (changes, previous, next) -> new MysqlDdl(previous, next).render(changes);
            case SQLITE:
                return (changes, previous, next) -> new SqliteDdl(previous, next).render(changes);
            case MEMORY:
                return (changes, previous, next) -> new H2Ddl(previous, next).render(changes);
            default:
                throw new IllegalArgumentException("no renderer for dialect " + dialect);
        }
    }
}
