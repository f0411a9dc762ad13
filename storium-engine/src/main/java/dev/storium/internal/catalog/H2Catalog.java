package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.internal.sql.Identifiers;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.internal.sql.SqlTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * H2's {@code INFORMATION_SCHEMA}, the current schema and the code's named schemas (each table's queries by its
 * schema and name): {@code CHARACTER VARYING} of the largest length is the
 * unconstrained {@code varchar} (Storium's text), numeric precision as declared, array element types from {@code
 * ELEMENT_TYPES}, identity columns as serial; unique constraints (also the H2 renderer's unique indexes) as unique
 * constraints, descending index columns from {@code ORDERING_SPECIFICATION}; the indexes H2 generates for primary keys, unique constraints and foreign keys ({@code IS_GENERATED}) are
 * not indexes of the model.
 */
final class H2Catalog extends Catalog {
    /** The length H2 gives a {@code varchar} declared without one. */
    private static final long UNBOUNDED = 1_000_000_000L;

    /** The SQL expression of the connection's default schema. */
    private static final String CURRENT = "current_schema";

    /** The default schema's name, read once. */
    private String defaultSchema;

    H2Catalog(Connection connection) {
        super(connection);
    }

    @Override
    List<LiveTable> read(Set<String> excluded) throws SQLException {
        List<LiveTable> tables = new ArrayList<>();
        for (Map<String, Object> row : rows("select " + modelName("table_schema", "table_name", CURRENT)
                + " as table_name, remarks from information_schema.tables"
                + " where " + inSchemas("table_schema", CURRENT) + " and table_type = 'BASE TABLE' order by 1")) {
            String name = text(row, "table_name");
            if (!skipped(name, excluded)) {
                tables.add(table(name).withComment(comment(row, "remarks")));
            }
        }
        return tables;
    }

    private LiveTable table(String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        Map<String, String> storage = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(
                "select c.column_name, c.data_type, c.character_maximum_length,"
                        + " c.declared_numeric_precision, c.declared_numeric_scale, c.datetime_precision,"
                        + " c.is_nullable, c.column_default, c.is_identity, c.remarks, e.data_type as element_type,"
                        + " c.is_generated, c.generation_expression, e.character_maximum_length as element_length,"
                        + " c.dtd_identifier"
                        + " from information_schema.columns c left join information_schema.element_types e"
                        + " on e.object_schema = c.table_schema and e.object_name = c.table_name and e.object_type = 'TABLE'"
                        + " and e.collection_type_identifier = c.dtd_identifier"
                        + " where c.table_schema = ? and c.table_name = ? order by c.ordinal_position",
                at(name))) {
            String column = text(row, "column_name");
            boolean notNull = "NO".equalsIgnoreCase(text(row, "is_nullable"));
            // H2 has one kind of generated column, computed on write: read as stored
            Generated generated = "ALWAYS".equalsIgnoreCase(text(row, "is_generated"))
                    ? Generated.of(text(row, "generation_expression"), true)
                    : null;
            if ("ENUM".equalsIgnoreCase(text(row, "data_type"))) {
                List<String> values = new ArrayList<>();
                for (Map<String, Object> value : rows(
                        "select value_name from information_schema.enum_values where object_schema = ?"
                                + " and object_name = ? and object_type = 'TABLE' and enum_identifier = ?"
                                + " order by value_ordinal",
                        schemaOf(name),
                        QualifiedNames.local(name),
                        text(row, "dtd_identifier"))) {
                    values.add(text(value, "value_name"));
                }
                storage.put(column, EnumReading.key("", values));
                columns.add(EnumReading.column(
                                column,
                                new EnumType(EnumReading.unnamed(name, column), values),
                                notNull,
                                generated == null ? text(row, "column_default") : null,
                                false,
                                comment(row, "remarks"))
                        .withGenerated(generated));
                continue;
            }
            String key = key(row);
            storage.put(column, key);
            columns.add(TypeReading.column(
                            column,
                            key,
                            notNull,
                            generated == null ? defaultSql(name, column, text(row, "column_default")) : null,
                            false)
                    .withComment(comment(row, "remarks"))
                    .withGenerated(generated));
        }
        Table table =
                new Table(name, columns, primaryKey(name), indexes(name), foreignKeys(name), checks(name), null, null);
        return new LiveTable(table, storage);
    }

    private List<CheckConstraint> checks(String table) throws SQLException {
        List<CheckConstraint> checks = new ArrayList<>();
        for (Map<String, Object> row : rows(CHECKS, at(table))) {
            checks.add(new CheckConstraint(text(row, "constraint_name"), text(row, "check_clause")));
        }
        return checks;
    }

    private static final String CHECKS = "select tc.constraint_name, cc.check_clause"
            + " from information_schema.table_constraints tc join information_schema.check_constraints cc"
            + " on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name"
            + " where tc.table_schema = ? and tc.table_name = ? and tc.constraint_type = 'CHECK'"
            + " order by tc.constraint_name";

    @Override
    List<View> views() throws SQLException {
        return informationSchemaViews(CURRENT).stream()
                .map(view -> new View(
                        view.name(), conditionsInOrder(view.definition()), view.dependsOn(), view.materialized()))
                .toList();
    }

    /**
     * A view's query as H2 prints it, with the conditions of its top-level {@code WHERE} sorted. H2 keeps the query as
     * its planner rewrote it, the conditions of inner joins moved into the {@code WHERE} ({@code ON 1=1}) in an order
     * that changes each time the same query is planned (Sakila's {@code sales_by_film_category}, created again from its
     * own text, lists its five conditions rotated), so that a view would differ from itself. Sorted, the query reads
     * alike however it was planned; a condition over several lines, or a query with more than one top-level {@code
     * WHERE}, is left as it is.
     */
    static String conditionsInOrder(String definition) {
        List<String> lines = List.of(definition.split("\n", -1));
        List<Integer> wheres = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("WHERE ")) {
                wheres.add(i);
            }
        }
        if (wheres.size() != 1) {
            return definition;
        }
        int where = wheres.get(0);
        List<String> conditions = new ArrayList<>();
        conditions.add(lines.get(where).substring("WHERE ".length()));
        int end = where + 1;
        while (end < lines.size() && lines.get(end).startsWith("    AND ")) {
            conditions.add(lines.get(end).substring("    AND ".length()));
            end++;
        }
        boolean alone = end == lines.size() || !lines.get(end).startsWith(" ");
        if (conditions.size() < 2 || !alone || !conditions.stream().allMatch(H2Catalog::oneCondition)) {
            return definition;
        }
        List<String> sorted = conditions.stream().sorted().toList();
        List<String> out = new ArrayList<>(lines.subList(0, where));
        out.add("WHERE " + sorted.get(0));
        sorted.subList(1, sorted.size()).forEach(condition -> out.add("    AND " + condition));
        out.addAll(lines.subList(end, lines.size()));
        return String.join("\n", out);
    }

    /** True for one parenthesised condition: its first parenthesis closes at its end (quotes aside). */
    private static boolean oneCondition(String condition) {
        if (!condition.startsWith("(") || !condition.endsWith(")")) {
            return false;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < condition.length() - 1) {
                return false;
            }
        }
        return depth == 0 && quote == 0;
    }

    @Override
    List<String> namedSchemas() throws SQLException {
        return names("select schema_name as name from information_schema.schemata where schema_name <> " + CURRENT
                + " and schema_name not in ('PUBLIC', 'INFORMATION_SCHEMA') order by 1");
    }

    /** The sequences of the schema; those behind identity columns are not listed there. */
    @Override
    List<Sequence> sequences() throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (Map<String, Object> row : rows("select " + modelName("sequence_schema", "sequence_name", CURRENT)
                + " as name, start_value, increment"
                + " from information_schema.sequences where " + inSchemas("sequence_schema", CURRENT)
                + " order by 1")) {
            String name = text(row, "name");
            if (!QualifiedNames.local(name).startsWith("SYSTEM_SEQUENCE_")) {
                sequences.add(new Sequence(name, whole(row, "start_value"), whole(row, "increment")));
            }
        }
        return sequences;
    }

    /** The query as H2 prints it (names qualified and quoted), from a probe view that is dropped again. */
    @Override
    String storedView(View view, SchemaModel code) {
        return onTemporaryTable(
                "create or replace view \"" + VIEW_PROBE + "\" as " + SqlRenderer.viewQuery(Dialect.MEMORY, code, view),
                "drop view if exists \"" + VIEW_PROBE + "\"",
                statement -> {
                    List<Map<String, Object>> rows = rows(
                            "select view_definition from information_schema.views"
                                    + " where table_schema = ? and table_name = ?",
                            at(VIEW_PROBE));
                    return rows.isEmpty() ? null : conditionsInOrder(text(rows.get(0), "view_definition"));
                });
    }

    /**
     * The expression as H2 prints it, from a local temporary table of the live table's columns (their types as read)
     * and a generated column, dropped again: H2 adds no column to a temporary table.
     */
    @Override
    String storedExpression(LiveTable live, Column column, String expression) {
        String probe = "storium_generated_probe";
        StringBuilder columns = new StringBuilder();
        for (Column c : live.table().columns()) {
            columns.append(Identifiers.quote(Dialect.MEMORY, c.name()))
                    .append(' ')
                    .append(live.storage().get(c.name()).replace(" identity", ""))
                    .append(", ");
        }
        return onTemporaryTable(
                "create local temporary table \"" + probe + "\" (" + columns + "\"" + probe + "\" "
                        + SqlTypes.of(Dialect.MEMORY, column) + " generated always as ("
                        + SqlRenderer.expression(Dialect.MEMORY, live.table(), expression) + "))",
                "drop table if exists \"" + probe + "\"",
                statement -> {
                    List<Map<String, Object>> rows = rows(
                            "select generation_expression from information_schema.columns"
                                    + " where table_schema = ? and table_name = ? and column_name = ?",
                            schemaOf(probe),
                            probe,
                            probe);
                    return rows.isEmpty() ? null : text(rows.get(0), "generation_expression");
                });
    }

    /** The condition as H2 prints it, from an empty local temporary copy of the table that is dropped again. */
    @Override
    String storedCondition(Table table, CheckConstraint check) {
        String probe = "storium_check_probe";
        return onTemporaryTable(
                "create local temporary table \"" + probe + "\" as select * from "
                        + Identifiers.qualified(Dialect.MEMORY, table.name()) + " with no data",
                "drop table if exists \"" + probe + "\"",
                statement -> {
                    statement.execute("alter table \"" + probe + "\" add "
                            + SqlRenderer.checkClause(
                                    Dialect.MEMORY, table, new CheckConstraint(probe, check.expression())));
                    List<Map<String, Object>> rows = rows(CHECKS, at(probe));
                    return rows.isEmpty() ? null : text(rows.get(0), "check_clause");
                });
    }

    /** The type as H2's information_schema reports it, from a local temporary table that is dropped again. */
    @Override
    String storedType(LiveTable live, String sqlType) {
        return onTemporaryTable(
                "create local temporary table \"" + TYPE_PROBE + "\" (\"c\" " + sqlType + ")",
                "drop table if exists \"" + TYPE_PROBE + "\"",
                statement -> typeKey(table(TYPE_PROBE), "c"));
    }

    /** The parameters of a per-table query: the schema of the table's model name (the default one when none), its name. */
    private Object[] at(String name) throws SQLException {
        return new Object[] {schemaOf(name), QualifiedNames.local(name)};
    }

    /** The schema of a model name, the connection's default schema for a name without one. */
    private String schemaOf(String name) throws SQLException {
        if (defaultSchema == null) {
            List<Map<String, Object>> rows = rows("select current_schema as s");
            defaultSchema = text(rows.get(0), "s");
        }
        return QualifiedNames.schema(name).orElse(defaultSchema);
    }

    private static String key(Map<String, Object> row) {
        if (yes(row, "is_identity")) {
            return Storage.canonical(text(row, "data_type")) + " identity";
        }
        String type = text(row, "data_type");
        if ("ARRAY".equalsIgnoreCase(type)) {
            return base(text(row, "element_type"), row.get("element_length"), null, null) + " array";
        }
        if ("TIME".equalsIgnoreCase(type)) {
            // as Storium writes it: H2's time without a precision keeps whole seconds
            return "time(" + row.get("datetime_precision") + ")";
        }
        return base(
                type,
                row.get("character_maximum_length"),
                row.get("declared_numeric_precision"),
                row.get("declared_numeric_scale"));
    }

    private static String base(String type, Object length, Object precision, Object scale) {
        String key = Storage.canonical(String.valueOf(type));
        switch (key) {
            case "character varying":
                long max = length == null ? UNBOUNDED : ((Number) length).longValue();
                return max >= UNBOUNDED ? "varchar" : "varchar(" + max + ")";
            case "numeric":
            case "decimal":
                return precision == null
                        ? "numeric"
                        : "numeric(" + precision + "," + (scale == null ? 0 : ((Number) scale).intValue()) + ")";
            case "character":
                return "character(" + length + ")";
            case "varchar_ignorecase":
                // no Storium type, but a custom column's: its length is part of it
                return "varchar_ignorecase(" + length + ")";
            case "character large object":
                // as H2 takes it back: its text is a synonym of character varying, not of this type
                return "clob";
            case "timestamp":
                // as PostgreSQL says it, so that a timestamp without a time zone never reads as Storium's timestamp
                return "timestamp without time zone";
            default:
                return key;
        }
    }

    private List<String> primaryKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select k.column_name from information_schema.table_constraints t"
                        + " join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema"
                        + " and k.constraint_name = t.constraint_name"
                        + " where t.table_schema = ? and t.table_name = ? and t.constraint_type = 'PRIMARY KEY'"
                        + " order by k.ordinal_position",
                at(table))) {
            key.add(text(row, "column_name"));
        }
        return key;
    }

    private List<Index> indexes(String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, List<Boolean>> descending = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(
                "select i.index_name, i.index_type_name, c.column_name, c.ordering_specification"
                        + " from information_schema.indexes i join information_schema.index_columns c"
                        + " on c.index_schema = i.index_schema and c.index_name = i.index_name"
                        + " where i.table_schema = ? and i.table_name = ? and not i.is_generated"
                        + " and i.index_type_name <> 'PRIMARY KEY' order by i.index_name, c.ordinal_position",
                at(table))) {
            String index = text(row, "index_name");
            columns.computeIfAbsent(index, i -> new ArrayList<>()).add(text(row, "column_name"));
            descending
                    .computeIfAbsent(index, i -> new ArrayList<>())
                    .add("DESC".equalsIgnoreCase(text(row, "ordering_specification")));
            unique.put(
                    index, text(row, "index_type_name").toUpperCase(Locale.ROOT).contains("UNIQUE"));
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((index, names) -> {
            boolean ascending = !descending.get(index).contains(Boolean.TRUE);
            // a unique index sorted ascending is the unique constraint the H2 renderer writes for it, whether Storium
            // or a person made it: read alike, so that a database migrated from its code has the same catalog
            indexes.add(
                    unique.get(index) && ascending
                            ? Index.uniqueConstraint(index, names)
                            : new Index(
                                    index,
                                    names,
                                    unique.get(index),
                                    null,
                                    false,
                                    descending.get(index),
                                    null,
                                    List.of(),
                                    List.of()));
        });
        indexes.addAll(uniqueConstraints(table));
        return indexes;
    }

    /**
     * The unique constraints, which the H2 renderer also writes for unique indexes: read as constraints, and as the
     * code's unique index where it has one (see {@code Alignment}).
     */
    private List<Index> uniqueConstraints(String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(
                "select t.constraint_name, k.column_name from information_schema.table_constraints t"
                        + " join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema"
                        + " and k.constraint_name = t.constraint_name"
                        + " where t.table_schema = ? and t.table_name = ? and t.constraint_type = 'UNIQUE'"
                        + " order by t.constraint_name, k.ordinal_position",
                at(table))) {
            columns.computeIfAbsent(text(row, "constraint_name"), c -> new ArrayList<>())
                    .add(text(row, "column_name"));
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, names) -> indexes.add(Index.uniqueConstraint(name, names)));
        return indexes;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        return foreignKeys(
                rows(
                        "select r.constraint_name, r.delete_rule, r.update_rule,"
                                + " k.column_name, " + modelName("u.table_schema", "u.table_name", CURRENT)
                                + " as ref_table, uk.column_name as ref_column"
                                + " from information_schema.referential_constraints r"
                                + " join information_schema.table_constraints t on t.constraint_schema = r.constraint_schema"
                                + " and t.constraint_name = r.constraint_name"
                                + " join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema"
                                + " and k.constraint_name = r.constraint_name"
                                + " join information_schema.table_constraints u on u.constraint_schema = r.unique_constraint_schema"
                                + " and u.constraint_name = r.unique_constraint_name"
                                + " join information_schema.key_column_usage uk on uk.constraint_schema = u.constraint_schema"
                                + " and uk.constraint_name = u.constraint_name"
                                + " and uk.ordinal_position = k.position_in_unique_constraint"
                                + " where t.table_schema = ? and t.table_name = ?"
                                + " order by r.constraint_name, k.ordinal_position",
                        at(table)),
                "ref_table",
                "ref_column",
                Catalog::ruleAction);
    }
}
