package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.SchemaModel;

/** The per-dialect SQL types of Storium's column types: the mapping the renderers write, for readers of catalogs. */
public final class SqlTypes {
    private SqlTypes() {}

    /**
     * The SQL type {@link SqlRenderer} writes for a column on a dialect, such as {@code varchar(36)} or {@code
     * numeric(10, 2)}; without nullability, default, identity or auto-increment.
     */
    public static String of(Dialect dialect, Column column) {
        return Ddl.of(dialect, SchemaModel.empty(), SchemaModel.empty()).type(column);
    }
}
