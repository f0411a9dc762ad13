package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.internal.sql.Identifiers;
import dev.storium.internal.sql.SqlTypes;
import dev.storium.schema.FkAction;
import dev.storium.schema.FkDeferral;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's catalog ({@code pg_catalog}, the current schema and the code's named schemas, see {@link
 * Catalog#schemas}): types from {@code format_type} with {@code
 * character varying} written {@code varchar}; identity columns, and integer columns defaulting to {@code
 * nextval(...)}, read as serial; a column's own collation from {@code attcollation} (none when it is the database's
 * {@code default}); defaults from {@code pg_get_expr} without their casts; indexes other than the
 * primary key's, with partial predicates and expressions as PostgreSQL deparses them, their
 * methods, sort orders and included columns, and unique constraints apart; foreign-key actions from {@code pg_constraint}.
 */
final class PostgresCatalog extends Catalog {

    /** The SQL expression of the default schema: the first of the search path that exists. */
    static final String CURRENT = "current_schema()";

    PostgresCatalog(Connection connection) {
        super(connection);
    }

    @Override
    List<LiveTable> read(Set<String> excluded) throws SQLException {
        List<LiveTable> tables = new ArrayList<>();
        for (Map<String, Object> row : rows("select c.oid, " + modelName("n.nspname", "c.relname", CURRENT)
                + " as relname, obj_description(c.oid, 'pg_class') as comment"
                + " from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace"
                // a partition is part of its partitioned table, never a table of its own
                + " where " + inSchemas("n.nspname", CURRENT) + " and c.relkind in ('r', 'p') and not c.relispartition"
                + " order by 2")) {
            String name = text(row, "relname");
            if (!skipped(name, excluded)) {
                tables.add(table(((Number) row.get("oid")).longValue(), name, comment(row, "comment")));
            }
        }
        return tables;
    }

    private LiveTable table(long oid, String name, String comment) throws SQLException {
        List<Column> columns = new ArrayList<>();
        Map<String, String> storage = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(
                // a column of a domain is read as the domain's type (see omissions() for the domain itself)
                "select a.attname, (select case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod)"
                        + "   else format_type(a.atttypid, a.atttypmod) end from pg_type t where t.oid = a.atttypid)"
                        + "   as type,"
                        + " a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid) as default_sql,"
                        + " col_description(a.attrelid, a.attnum) as comment,"
                        + " (select c.collname from pg_collation c where c.oid = a.attcollation"
                        + "   and c.collname <> 'default') as collation,"
                        + " (select " + modelName("tn.nspname", "t.typname", CURRENT) + " from pg_type t"
                        + "   join pg_namespace tn on tn.oid = t.typnamespace"
                        + "   where t.oid = a.atttypid and t.typtype = 'e') as enum_name,"
                        + " (select string_agg(e.enumlabel, chr(31) order by e.enumsortorder) from pg_enum e"
                        + "   where e.enumtypid = a.atttypid) as enum_values"
                        + " from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                        + " where a.attrelid = ? and a.attnum > 0 and not a.attisdropped order by a.attnum",
                oid)) {
            String column = text(row, "attname");
            String defaultSql = text(row, "default_sql");
            String key = Storage.canonical(text(row, "type")).replace("character varying", "varchar");
            boolean sequence = defaultSql != null && defaultSql.startsWith("nextval(");
            if (!text(row, "attidentity").isEmpty() || sequence) {
                key = key + " identity";
                defaultSql = null;
            }
            // a stored generated column's expression is where a default's is
            Generated generated = "s".equals(text(row, "attgenerated")) ? Generated.of(defaultSql, true) : null;
            String enumName = text(row, "enum_name");
            if (enumName != null) {
                List<String> values = List.of(text(row, "enum_values").split("\u001f", -1));
                storage.put(column, EnumReading.key(enumName, values));
                columns.add(EnumReading.column(
                                column,
                                new EnumType(enumName, values),
                                yes(row, "attnotnull"),
                                generated == null ? defaultSql : null,
                                false,
                                comment(row, "comment"))
                        .withGenerated(generated));
                continue;
            }
            storage.put(column, key);
            columns.add(TypeReading.column(
                            column,
                            key,
                            yes(row, "attnotnull"),
                            generated == null ? defaultSql(name, column, defaultSql) : null,
                            false,
                            text(row, "collation"))
                    .withComment(comment(row, "comment"))
                    .withGenerated(generated));
        }
        Table table =
                new Table(name, columns, primaryKey(oid), indexes(oid), foreignKeys(oid), checks(oid), comment, null);
        return new LiveTable(table, storage);
    }

    private List<String> primaryKey(long oid) throws SQLException {
        List<String> key = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select a.attname from pg_index i"
                        + " cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)"
                        + " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum"
                        + " where i.indrelid = ? and i.indisprimary order by k.position",
                oid)) {
            key.add(text(row, "attname"));
        }
        return key;
    }

    /**
     * The indexes other than the primary key's, unique constraints among them ({@code pg_constraint} of type u on the
     * index): key parts from {@code indkey} (an expression where it is 0, as {@code pg_get_indexdef} deparses it),
     * descending from {@code indoption}, the method from {@code pg_am}, included columns past {@code indnkeyatts}.
     */
    private List<Index> indexes(long oid) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select c.relname, i.indexrelid, i.indisunique, i.indnkeyatts, am.amname,"
                        + " pg_get_expr(i.indpred, i.indrelid) as predicate,"
                        + " exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype = 'u'"
                        + "   and k.conrelid = i.indrelid) as is_constraint"
                        + " from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam"
                        + " where i.indrelid = ? and not i.indisprimary order by c.relname",
                oid)) {
            indexes.add(index(row, parts(((Number) row.get("indexrelid")).longValue())));
        }
        return indexes;
    }

    private static Index index(Map<String, Object> row, List<Map<String, Object>> parts) {
        int keys = ((Number) row.get("indnkeyatts")).intValue();
        List<String> columns = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        List<String> include = new ArrayList<>();
        List<String> opclasses = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        boolean onExpressions = parts.stream().limit(keys).anyMatch(p -> p.get("attname") == null);
        for (int k = 0; k < parts.size(); k++) {
            Map<String, Object> part = parts.get(k);
            if (k >= keys) {
                include.add(text(part, "attname"));
                continue;
            }
            if (onExpressions) {
                expressions.add(text(part, "definition"));
            } else {
                columns.add(text(part, "attname"));
            }
            int options = ((Number) part.get("options")).intValue();
            descending.add((options & 1) != 0); // INDOPTION_DESC
            nulls.add((options & 2) != 0 ? "first" : "last"); // INDOPTION_NULLS_FIRST; Index keeps only the unusual
            opclasses.add(text(part, "opclass"));
        }
        return new Index(
                text(row, "relname"),
                columns,
                yes(row, "indisunique"),
                text(row, "predicate"),
                yes(row, "is_constraint"),
                descending,
                text(row, "amname"),
                include,
                expressions,
                opclasses,
                nulls);
    }

    /**
     * Each column of an index, in order: its column name (null for an expression), text, sort options, and its operator
     * class where it is not its type's default.
     */
    private List<Map<String, Object>> parts(long indexOid) throws SQLException {
        return rows(
                "select a.attname, pg_get_indexdef(i.indexrelid, k.position::int, true) as definition,"
                        + " i.indoption[k.position - 1] as options,"
                        + " (select o.opcname from pg_opclass o where o.oid = i.indclass[k.position - 1]"
                        + "   and not o.opcdefault) as opclass"
                        + " from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)"
                        + " left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum and k.attnum <> 0"
                        + " where i.indexrelid = ? order by k.position",
                indexOid);
    }

    /**
     * The expressions of an index as PostgreSQL deparses them, from the same index built on a temporary copy of the
     * table in a transaction rolled back; null when it cannot be built there.
     */
    @Override
    List<String> storedExpressions(Table table, Index index) {
        return probe(statement -> {
            statement.execute("create temporary table storium_index_probe (like "
                    + Identifiers.qualified(Dialect.POSTGRESQL, table.name()) + ")");
            StringBuilder parts = new StringBuilder();
            for (String expression : index.expressions()) {
                parts.append(parts.length() == 0 ? "" : ", ")
                        .append('(')
                        .append(expression)
                        .append(')');
            }
            statement.execute("create index storium_index_probe_idx on storium_index_probe"
                    + (index.method() == null ? "" : " using " + index.method()) + " (" + parts + ")");
            List<String> expressions = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select pg_get_indexdef(i.indexrelid, k.position::int, true)"
                    + " from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)"
                    + " where i.indexrelid = 'storium_index_probe_idx'::regclass order by k.position")) {
                while (result.next()) {
                    expressions.add(result.getString(1));
                }
            }
            return expressions;
        });
    }

    @Override
    boolean defaultOpclass(String opclass, String method) {
        try {
            return !rows(
                            "select 1 from pg_opclass o join pg_am a on a.oid = o.opcmethod"
                                    + " where o.opcname = ? and a.amname = ? and o.opcdefault",
                            opclass,
                            method)
                    .isEmpty();
        } catch (SQLException e) {
            return false; // cannot tell: the difference stands
        }
    }

    /** A probe's answer from a transaction rolled back (to a savepoint inside one); null when it fails. */
    private <T> T probe(Probe<T> probe) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            Savepoint before = autoCommit ? null : connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                return probe.run(statement);
            } catch (SQLException e) {
                return null; // not something PostgreSQL takes on this table: the catalog's reading stands
            } finally {
                if (before == null) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } else {
                    connection.rollback(before);
                }
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** One probe's statements. */
    private interface Probe<T> {
        T run(Statement statement) throws SQLException;
    }

    private List<CheckConstraint> checks(long oid) throws SQLException {
        List<CheckConstraint> checks = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select conname, pg_get_constraintdef(oid) as definition from pg_constraint"
                        + " where conrelid = ? and contype = 'c' order by conname",
                oid)) {
            checks.add(new CheckConstraint(text(row, "conname"), condition(text(row, "definition"))));
        }
        return checks;
    }

    /** The condition of {@code CHECK ((price > 0)) NOT VALID}: {@code (price > 0)}. */
    private static String condition(String definition) {
        String text = definition.strip();
        if (text.endsWith(" NOT VALID")) {
            text = text.substring(0, text.length() - " NOT VALID".length());
        }
        return text.startsWith("CHECK ") ? text.substring("CHECK ".length()) : text;
    }

    @Override
    List<View> views() throws SQLException {
        List<View> views = new ArrayList<>();
        for (Map<String, Object> row : rows("select " + modelName("schemaname", "viewname", CURRENT)
                + " as name, definition, false as materialized from pg_views"
                + " where " + inSchemas("schemaname", CURRENT)
                + " union all select " + modelName("schemaname", "matviewname", CURRENT) + ", definition, true"
                + " from pg_matviews where " + inSchemas("schemaname", CURRENT)
                + " order by 1")) {
            if (!VIEW_PROBE.equals(text(row, "name"))) {
                views.add(new View(text(row, "name"), text(row, "definition"), List.of(), yes(row, "materialized")));
            }
        }
        return views;
    }

    @Override
    List<String> namedSchemas() throws SQLException {
        return names("select nspname as name from pg_namespace where nspname <> " + CURRENT
                + " and nspname not in ('public', 'information_schema') and nspname not like 'pg\\_%' order by 1");
    }

    /** The sequences of the schema but those a serial or identity column owns ({@code pg_depend} kind a or i). */
    @Override
    List<Sequence> sequences() throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (Map<String, Object> row : rows("select " + modelName("s.schemaname", "s.sequencename", CURRENT)
                + " as name, s.start_value, s.increment_by"
                + " from pg_sequences s join pg_namespace n on n.nspname = s.schemaname"
                + " join pg_class c on c.relnamespace = n.oid and c.relname = s.sequencename"
                + " where " + inSchemas("s.schemaname", CURRENT) + " and not exists (select 1 from pg_depend d"
                + " where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))"
                // nor one a column's default draws from, which reads as serial (see omissions())
                + " and not exists (select 1 from pg_depend d where d.classid = 'pg_attrdef'::regclass"
                + " and d.refclassid = 'pg_class'::regclass and d.refobjid = c.oid)"
                + " order by 1")) {
            sequences.add(new Sequence(text(row, "name"), whole(row, "start_value"), whole(row, "increment_by")));
        }
        return sequences;
    }

    @Override
    List<Omission> omissions() throws SQLException {
        List<Omission> omissions = new ArrayList<>(super.omissions());
        omissions.addAll(new PostgresOmissions(this).all());
        return omissions;
    }

    @Override
    Map<String, String> viewsCallingOwnFunctions() throws SQLException {
        Map<String, String> views = new LinkedHashMap<>();
        for (Map<String, Object> row : rows("select " + modelName("n.nspname", "v.relname", CURRENT) + " as name,"
                + " string_agg(distinct " + modelName("pn.nspname", "p.proname", CURRENT) + ", ', ') as functions"
                + " from pg_class v join pg_namespace n on n.oid = v.relnamespace"
                + " join pg_rewrite r on r.ev_class = v.oid"
                + " join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid"
                + "   and d.refclassid = 'pg_proc'::regclass"
                + " join pg_proc p on p.oid = d.refobjid join pg_namespace pn on pn.oid = p.pronamespace"
                + " where v.relkind in ('v', 'm') and " + inSchemas("n.nspname", CURRENT)
                + " and pn.nspname not in ('pg_catalog', 'information_schema') and " + OWN_FUNCTION
                + " group by 1 order by 1")) {
            views.put(text(row, "name"), text(row, "functions"));
        }
        return views;
    }

    /** The SQL condition that the function {@code p} is the database's own: no extension's. */
    static final String OWN_FUNCTION = "not exists (select 1 from pg_depend e where e.classid = 'pg_proc'::regclass"
            + " and e.objid = p.oid and e.deptype = 'e')";

    /** The query as PostgreSQL deparses it, from a probe view of the same kind created in a transaction rolled back. */
    @Override
    String storedView(View view, SchemaModel code) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            Savepoint before = autoCommit ? null : connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                String kind = view.materialized() ? "materialized view" : "view";
                statement.execute("create " + kind + " " + VIEW_PROBE + " as " + view.definition()
                        + (view.materialized() ? " with no data" : ""));
                String table = view.materialized() ? "pg_matviews where matviewname" : "pg_views where viewname";
                try (ResultSet result = statement.executeQuery("select definition from " + table + " = '" + VIEW_PROBE
                        + "' and schemaname = current_schema()")) {
                    return result.next() ? result.getString(1) : null;
                }
            } catch (SQLException e) {
                return null; // not a query PostgreSQL takes here: the catalog's reading stands
            } finally {
                if (before == null) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } else {
                    connection.rollback(before);
                }
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** The condition as PostgreSQL deparses it, from a temporary copy of the table in a transaction rolled back. */
    @Override
    String storedCondition(Table table, CheckConstraint check) {
        return probe(statement -> {
            statement.execute("create temporary table storium_check_probe (like "
                    + Identifiers.qualified(Dialect.POSTGRESQL, table.name()) + ")");
            statement.execute("alter table storium_check_probe add constraint storium_check_probe check ("
                    + check.expression() + ") not valid");
            try (ResultSet result = statement.executeQuery("select pg_get_constraintdef(oid) from pg_constraint"
                    + " where conrelid = 'storium_check_probe'::regclass and conname = 'storium_check_probe'")) {
                return result.next() ? condition(result.getString(1)) : null;
            }
        });
    }

    /** The type as PostgreSQL reads it back ({@code format_type}), from a temporary table in a transaction rolled back. */
    @Override
    String storedType(LiveTable live, String sqlType) {
        return probe(statement -> {
            statement.execute("create temporary table " + TYPE_PROBE + " (c " + sqlType + ")");
            long oid;
            try (ResultSet result = statement.executeQuery("select '" + TYPE_PROBE + "'::regclass::oid")) {
                result.next();
                oid = result.getLong(1);
            }
            return typeKey(table(oid, TYPE_PROBE, null), "c");
        });
    }

    /**
     * The expression as PostgreSQL deparses it, from a generated column added to a temporary copy of the table in a
     * transaction rolled back.
     */
    @Override
    String storedExpression(LiveTable live, Column column, String expression) {
        Table table = live.table();
        return probe(statement -> {
            statement.execute("create temporary table storium_generated_probe (like "
                    + Identifiers.qualified(Dialect.POSTGRESQL, table.name()) + ")");
            statement.execute("alter table storium_generated_probe add column storium_generated_probe "
                    + SqlTypes.of(Dialect.POSTGRESQL, column) + " generated always as (" + expression + ") stored");
            try (ResultSet result = statement.executeQuery("select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d"
                    + " join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum"
                    + " where d.adrelid = 'storium_generated_probe'::regclass"
                    + " and a.attname = 'storium_generated_probe'")) {
                return result.next() ? result.getString(1) : null;
            }
        });
    }

    private List<ForeignKey> foreignKeys(long oid) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select c.conname, " + modelName("rn.nspname", "r.relname", CURRENT)
                        + " as ref_table, c.confdeltype, c.confupdtype, c.condeferrable, c.condeferred,"
                        + " (select array_agg(a.attname order by k.position) from unnest(c.conkey) with ordinality"
                        + "    as k(attnum, position) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum)"
                        + "   as columns,"
                        + " (select array_agg(a.attname order by k.position) from unnest(c.confkey) with ordinality"
                        + "    as k(attnum, position) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum)"
                        + "   as ref_columns"
                        + " from pg_constraint c join pg_class r on r.oid = c.confrelid"
                        + " join pg_namespace rn on rn.oid = r.relnamespace"
                        + " where c.conrelid = ? and c.contype = 'f' order by c.conname",
                oid)) {
            keys.add(new ForeignKey(
                    text(row, "conname"),
                    strings(row.get("columns")),
                    text(row, "ref_table"),
                    strings(row.get("ref_columns")),
                    action(text(row, "confdeltype")),
                    action(text(row, "confupdtype")),
                    yes(row, "condeferred")
                            ? FkDeferral.INITIALLY_DEFERRED
                            : yes(row, "condeferrable") ? FkDeferral.DEFERRABLE : FkDeferral.NOT_DEFERRABLE));
        }
        return keys;
    }

    private static FkAction action(String code) {
        switch (code) {
            case "r":
                return FkAction.RESTRICT;
            case "c":
                return FkAction.CASCADE;
            case "n":
                return FkAction.SET_NULL;
            case "d":
                return FkAction.SET_DEFAULT;
            default:
                return FkAction.NO_ACTION;
        }
    }

    private static List<String> strings(Object array) throws SQLException {
        Object[] values = (Object[]) ((java.sql.Array) array).getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
