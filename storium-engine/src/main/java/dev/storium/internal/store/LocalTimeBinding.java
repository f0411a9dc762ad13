package dev.storium.internal.store;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.LocalTime;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;

/**
 * A time of day bound and read as a {@code LocalTime} through JDBC's {@code setObject} and {@code getObject(i,
 * LocalTime.class)}, which keep microseconds on PostgreSQL and H2. jOOQ's own binding goes through {@code
 * java.sql.Time}, which has no fraction: 06:45:10.654321 would come back 06:45:10.
 */
final class LocalTimeBinding implements Binding<LocalTime, LocalTime> {
    private static final long serialVersionUID = 1L;

    private static final Converter<LocalTime, LocalTime> SAME =
            Converter.ofNullable(LocalTime.class, LocalTime.class, t -> t, t -> t);

    @Override
    public Converter<LocalTime, LocalTime> converter() {
        return SAME;
    }

    @Override
    public void sql(BindingSQLContext<LocalTime> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED && ctx.value() != null) {
            ctx.render().sql("TIME '" + ctx.value().format(ColumnStorage.TEXT_CLOCK) + "'");
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<LocalTime> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.TIME);
    }

    @Override
    public void set(BindingSetStatementContext<LocalTime> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.TIME);
        } else {
            ctx.statement().setObject(ctx.index(), ctx.value());
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<LocalTime> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("a time of day in a user-defined type");
    }

    @Override
    public void get(BindingGetResultSetContext<LocalTime> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getObject(ctx.index(), LocalTime.class));
    }

    @Override
    public void get(BindingGetStatementContext<LocalTime> ctx) throws SQLException {
        ctx.value(ctx.statement().getObject(ctx.index(), LocalTime.class));
    }

    @Override
    public void get(BindingGetSQLInputContext<LocalTime> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("a time of day in a user-defined type");
    }
}
