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
import org.jooq.conf.ParamType;

/**
 * A value of a PostgreSQL enum column, bound as text with a cast to the enum's type ({@code ?::"order_status"}):
 * PostgreSQL assigns no varchar to an enum column without one. The cast is in the statement's text, so a
 * {@code createMany} batch that binds plain strings gets it too.
 */
final class EnumBinding implements Binding<String, String> {
    private static final long serialVersionUID = 1L;

    private static final Converter<String, String> SAME =
            Converter.ofNullable(String.class, String.class, t -> t, t -> t);

    private final String quotedType;

    /** A binding for the enum type of this name. */
    EnumBinding(String enumName) {
        // sales.order_status, an enum in a named schema: each part quoted
        this.quotedType = java.util.Arrays.stream(enumName.split("\\.", 2))
                .map(part -> "\"" + part.replace("\"", "\"\"") + "\"")
                .collect(java.util.stream.Collectors.joining("."));
    }

    @Override
    public Converter<String, String> converter() {
        return SAME;
    }

    @Override
    public void sql(BindingSQLContext<String> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED && ctx.value() != null) {
            ctx.render().sql("'" + ctx.value().replace("'", "''") + "'::" + quotedType);
        } else {
            ctx.render().sql(ctx.variable() + "::" + quotedType);
        }
    }

    @Override
    public void register(BindingRegisterContext<String> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<String> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.VARCHAR);
        } else {
            ctx.statement().setString(ctx.index(), ctx.value());
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<String> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("an enum value in a user-defined type");
    }

    @Override
    public void get(BindingGetResultSetContext<String> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getString(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<String> ctx) throws SQLException {
        ctx.value(ctx.statement().getString(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<String> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("an enum value in a user-defined type");
    }
}
