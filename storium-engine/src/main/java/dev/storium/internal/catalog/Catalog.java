package dev.storium.internal.catalog;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.FkAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The catalog reader of one dialect: its own queries, and the normalisation of what they report into the model. */
abstract class Catalog {
    final Connection connection;

    /**
     * The named schemas to read besides the connection's default one: those the code (or the snapshot compared) puts
     * objects in. Objects of any other schema ({@code pg_catalog}, {@code information_schema}, a schema another tool
     * owns) are never read, so never reported as drift.
     */
    Set<String> schemas = Set.of();

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /**
     * The SQL condition that {@code schemaColumn} is the default schema (the SQL expression {@code current}) or one of
     * {@link #schemas}; the names are DSL identifiers, letters, digits and underscores only, so they are written as
     * literals.
     */
    final String inSchemas(String schemaColumn, String current) {
        if (schemas.isEmpty()) {
            return schemaColumn + " = " + current;
        }
        return "(" + schemaColumn + " = " + current + " or " + schemaColumn + " in ("
                + schemas.stream()
                        .map(s -> "'" + s.replace("'", "''") + "'")
                        .collect(java.util.stream.Collectors.joining(", "))
                + "))";
    }

    /**
     * The SQL expression of an object's model name: {@code nameColumn} alone in the default schema (the SQL
     * expression {@code current}), {@code schema.name} in another.
     */
    static String modelName(String schemaColumn, String nameColumn, String current) {
        return "case when " + schemaColumn + " = " + current + " then " + nameColumn + " else concat(" + schemaColumn
                + ", '.', " + nameColumn + ") end";
    }

    /** The tables of the connection's schema, except the excluded names and the dialect's internal tables. */
    abstract List<LiveTable> read(Set<String> excluded) throws SQLException;

    /**
     * The condition of {@code check} as this database stores it on the live table {@code table}, so that it compares
     * with what the catalog reports, or null when the database cannot tell: the database is asked to store the
     * condition on an empty temporary copy of the table, which is dropped (the default: null, for SQLite, which keeps
     * the text as written).
     */
    String storedCondition(Table table, CheckConstraint check) {
        return null;
    }

    /**
     * The expressions of an index on expressions as the database would store them on this table, to compare with what
     * the catalog reports; null when the database cannot tell (then the texts are compared reduced).
     */
    List<String> storedExpressions(Table table, Index index) {
        return null;
    }

    /** True when {@code opclass} (lower case, unqualified) is the default operator class of its type for {@code method}. */
    boolean defaultOpclass(String opclass, String method) {
        return false;
    }

    /**
     * The views of the connection's schema, each with its query as the database reports it (deparsed or rewritten by
     * all but SQLite) and the names it declares it reads left empty (the differ finds them in the query).
     */
    List<View> views() throws SQLException {
        return List.of();
    }

    /**
     * The query of the code's {@code view} as this database stores it, so that it compares with what {@link #views()}
     * reports, or null when the database cannot tell: the database is asked to create the view under a probe name,
     * which is dropped again ({@code code} is the schema it belongs to). The default, null, is SQLite's: it keeps the
     * text as written.
     */
    String storedView(View view, SchemaModel code) {
        return null;
    }

    /**
     * The sequences of the connection's schema, without those behind serial and identity columns; none where the
     * database has no sequences.
     */
    List<Sequence> sequences() throws SQLException {
        return List.of();
    }

    /**
     * The database's named schemas besides the connection's default one, where a user may keep objects (never the
     * catalog's own, {@code pg_*} and {@code information_schema}): what pull reads. None on a dialect without schemas
     * (the default).
     */
    List<String> namedSchemas() throws SQLException {
        return List.of();
    }

    /** The columns whose default is an expression the model cannot hold, as {@link #defaultSql} found them. */
    private final java.util.Set<Omission> expressionDefaults = new java.util.LinkedHashSet<>();

    /**
     * A column's default as the catalog reports it, noting one that is an expression (see {@link
     * DefaultSql#expression}), which the model reads as no default, for {@link #omissions()}.
     */
    final String defaultSql(String table, String column, String sql) {
        if (DefaultSql.expression(sql) && !table.equals(TYPE_PROBE)) {
            expressionDefaults.add(new Omission(
                    table,
                    column,
                    "table " + table + ", column " + column,
                    "its default " + sql.strip() + " is left out: it is an expression, and the DSL's defaults are"
                            + " literals, the current time and a random UUID; keep it in a custom migration (ALTER"
                            + " TABLE ... ALTER/MODIFY the column's default)"));
        }
        return sql;
    }

    /**
     * What of the schemas read the model cannot hold (triggers, routines, domains' constraints, partitions, ...), one
     * for each object, for pull's warnings; by default the tables and views the DSL cannot name and the expression defaults of the
     * tables {@link #read} read.
     */
    List<Omission> omissions() throws SQLException {
        List<Omission> omissions = new ArrayList<>(unnamed.omissions());
        omissions.addAll(expressionDefaults);
        return omissions;
    }

    /** The tables and views the DSL cannot name, which the catalog leaves out (see {@link UnnamedObjects}). */
    final UnnamedObjects unnamed = new UnnamedObjects();

    /**
     * The views that call a function of the database's own (not the catalog's nor an extension's), by name, with the
     * functions' names: the model holds no functions, so such a view cannot be created from the code, and the catalog
     * reads it only when the code declares it (see {@link LiveSchema}); none by default.
     */
    Map<String, String> viewsCallingOwnFunctions() throws SQLException {
        return Map.of();
    }

    /** The names of the rows of {@code sql}'s column {@code name}. */
    final List<String> names(String sql) throws SQLException {
        return rows(sql).stream().map(row -> text(row, "name")).toList();
    }

    /**
     * Why the database cannot keep sequences, with the fix, or null when it can: MySQL proper, whose dialect Storium
     * shares with MariaDB, has none (the default: null).
     */
    String sequencesProblem() throws SQLException {
        return null;
    }

    /**
     * The views of {@code information_schema.views} in the schema the SQL expression {@code schema} names, without the
     * probe view (MySQL and H2 report the query there).
     */
    List<View> informationSchemaViews(String schema) throws SQLException {
        List<View> views = new ArrayList<>();
        for (Map<String, Object> row : rows("select " + modelName("table_schema", "table_name", schema)
                + " as name, view_definition as definition"
                + " from information_schema.views where " + inSchemas("table_schema", schema) + " order by 1")) {
            if (!VIEW_PROBE.equals(text(row, "name"))) {
                views.add(new View(text(row, "name"), text(row, "definition"), List.of(), false));
            }
        }
        return views;
    }

    /** The name of the view the catalogs create to learn how the database stores a query, never read as a view. */
    static final String VIEW_PROBE = "storium_view_probe";

    /**
     * The type key (see {@link #typeKey}) this database gives a column declared as {@code sqlType} in a table like
     * {@code live}, so that it compares with what the catalog reports for a custom column, or null when the database
     * cannot tell (it refuses the type): a temporary table with one column {@code c} of that type is created, read the
     * catalog's own way, and dropped (rolled back on PostgreSQL).
     */
    String storedType(LiveTable live, String sqlType) {
        return null;
    }

    /**
     * The expression of a generated column like {@code column} as this database stores it on the live table {@code
     * live}, so that it compares with what the catalog reports, or null when the database cannot tell: a generated
     * column of that expression is added to an empty temporary copy of the table, which is dropped (the default: null,
     * for SQLite, which keeps the text as written).
     */
    String storedExpression(LiveTable live, Column column, String expression) {
        return null;
    }

    /** The name of the temporary table {@link #storedType} creates. */
    static final String TYPE_PROBE = "storium_type_probe";

    /**
     * How a live column's type compares with a custom column's: its storage key, followed by {@code collate <name>}
     * (lower case) when the catalog reports a collation of its own.
     */
    static String typeKey(LiveTable table, String column) {
        return typeKey(table.storage().get(column), table.table().column(column).orElseThrow());
    }

    /** The type key of a column read with that storage key. */
    static String typeKey(String storageKey, Column read) {
        return read.collation() == null
                ? storageKey
                : storageKey + " collate " + read.collation().toLowerCase(Locale.ROOT);
    }

    /** What is asked of a temporary table once it exists. */
    @FunctionalInterface
    interface Probe {
        String ask(Statement statement) throws SQLException;
    }

    /**
     * The answer of {@code probe} on a temporary table that {@code create} makes and {@code drop} removes again, or null
     * when any of it fails: the database refused the question.
     */
    String onTemporaryTable(String create, String drop, Probe probe) {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(create);
                return probe.ask(statement);
            } finally {
                statement.execute(drop);
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * True for a table Storium never owns: an excluded name in any case (H2 stores the unquoted history table's name in
     * upper case) or a leftover of an interrupted SQLite rebuild.
     */
    static boolean skipped(String table, Set<String> excluded) {
        return excluded.stream().anyMatch(table::equalsIgnoreCase) || table.startsWith("__new_");
    }

    /** The rows of a query, each a map from lower-case column label to value. */
    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /**
     * Foreign keys from information_schema rows, one row per key column in key order: grouped by
     * {@code constraint_name}, with the referenced table and column read from the named columns and the
     * {@code delete_rule} / {@code update_rule} turned into actions by {@code action}.
     */
    static List<ForeignKey> foreignKeys(
            List<Map<String, Object>> rows, String refTable, String refColumn, Function<String, FkAction> action) {
        Map<String, List<Map<String, Object>>> byName = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byName.computeIfAbsent(text(row, "constraint_name"), n -> new ArrayList<>())
                    .add(row);
        }
        List<ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, columns) -> keys.add(new ForeignKey(
                name,
                columns.stream().map(r -> text(r, "column_name")).toList(),
                text(columns.get(0), refTable),
                columns.stream().map(r -> text(r, refColumn)).toList(),
                action.apply(text(columns.get(0), "delete_rule")),
                action.apply(text(columns.get(0), "update_rule")))));
        return keys;
    }

    /** The action of an SQL-standard referential rule ({@code CASCADE}, {@code SET NULL}, ...), ignoring case. */
    static FkAction ruleAction(String rule) {
        switch (rule == null ? "" : rule.toUpperCase(Locale.ROOT)) {
            case "RESTRICT":
                return FkAction.RESTRICT;
            case "CASCADE":
                return FkAction.CASCADE;
            case "SET NULL":
                return FkAction.SET_NULL;
            case "SET DEFAULT":
                return FkAction.SET_DEFAULT;
            default:
                return FkAction.NO_ACTION;
        }
    }

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    /** A comment as the model holds it: null for none, which MySQL reports as an empty comment. */
    static String comment(Map<String, Object> row, String column) {
        String text = text(row, column);
        return text == null || text.isEmpty() ? null : text;
    }

    static long whole(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    static Integer number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    static boolean yes(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number) {
            return ((Number) value).intValue() != 0;
        }
        String text = value == null ? "" : value.toString().trim().toUpperCase(Locale.ROOT);
        return text.equals("YES") || text.equals("TRUE") || text.equals("T") || text.equals("Y");
    }
}
