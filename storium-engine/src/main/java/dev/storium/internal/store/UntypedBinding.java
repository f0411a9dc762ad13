package dev.storium.internal.store;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;

/**
 * A value of a custom column on PostgreSQL: a string is bound as {@link Types#OTHER}, of no type of its own, so that
 * PostgreSQL takes it as a literal of the column's type ({@code inet}, {@code tsvector}, an enum); the driver would
 * otherwise send it as {@code character varying}, which PostgreSQL refuses for such a column. Other values are bound
 * as the driver binds them; values are read with {@code getObject}.
 */
final class UntypedBinding implements Binding<Object, Object> {
    private static final long serialVersionUID = 1L;

    private static final Converter<Object, Object> SAME =
            Converter.ofNullable(Object.class, Object.class, v -> v, v -> v);

    @Override
    public Converter<Object, Object> converter() {
        return SAME;
    }

    @Override
    public void sql(BindingSQLContext<Object> ctx) throws SQLException {
        ctx.render().sql(ctx.variable());
    }

    @Override
    public void register(BindingRegisterContext<Object> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.OTHER);
    }

    @Override
    public void set(BindingSetStatementContext<Object> ctx) throws SQLException {
        Object value = ctx.value();
        if (value == null) {
            ctx.statement().setNull(ctx.index(), Types.OTHER);
        } else if (value instanceof CharSequence) {
            ctx.statement().setObject(ctx.index(), value.toString(), Types.OTHER);
        } else {
            ctx.statement().setObject(ctx.index(), value);
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<Object> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("a custom value in a user-defined type");
    }

    @Override
    public void get(BindingGetResultSetContext<Object> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getObject(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<Object> ctx) throws SQLException {
        ctx.value(ctx.statement().getObject(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<Object> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("a custom value in a user-defined type");
    }
}
