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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MySQL's and MariaDB's {@code information_schema}, current database only: {@code COLUMN_TYPE} without integer display
 * widths ({@code int(11)} is {@code int}, {@code int(10) unsigned} is {@code int unsigned}, an unsigned column;
 * {@code tinyint(1)} stays, it is boolean); a column's {@code COLLATION_NAME} only when it is not the table's
 * {@code TABLE_COLLATION} (MySQL reports a collation for every text column); MariaDB's {@code longtext} with its
 * automatic {@code json_valid} check is {@code json}; {@code auto_increment} is serial; MariaDB's {@code NULL} default
 * text is no default; the index InnoDB creates for a foreign key (named after it) and {@code PRIMARY} are not indexes
 * of the model; MariaDB reports a foreign key without actions as {@code RESTRICT}, which InnoDB enforces exactly like
 * no action.
 */
final class MysqlCatalog extends Catalog {
    private Boolean hasExpressions;

    MysqlCatalog(Connection connection) {
        super(connection);
    }

    @Override
    List<LiveTable> read(Set<String> excluded) throws SQLException {
        Set<String> jsonColumns = jsonColumns();
        Map<String, List<CheckConstraint>> checks = checks(jsonColumns);
        List<LiveTable> tables = new ArrayList<>();
        for (Map<String, Object> row : rows("select table_name, table_comment from information_schema.tables"
                + " where table_schema = database() and table_type = 'BASE TABLE' order by table_name")) {
            String name = text(row, "table_name");
            if (!skipped(name, excluded)) {
                tables.add(table(name, jsonColumns, checks.getOrDefault(name, List.of()))
                        .withComment(comment(row, "table_comment")));
            }
        }
        return tables;
    }

    /** Table and column names ({@code table.column}) of MariaDB json columns: longtext with a json_valid check. */
    private Set<String> jsonColumns() throws SQLException {
        Set<String> columns = new HashSet<>();
        // MariaDB's check_constraints names the table; MySQL 8's does not, and reports json columns as json
        boolean hasChecks = !rows("select 1 from information_schema.columns where table_schema = 'information_schema'"
                        + " and table_name = 'CHECK_CONSTRAINTS' and column_name = 'TABLE_NAME'")
                .isEmpty();
        if (hasChecks) {
            for (Map<String, Object> row :
                    rows("select table_name, check_clause from information_schema.check_constraints"
                            + " where constraint_schema = database()")) {
                String clause = text(row, "check_clause").replace("`", "").replace(" ", "");
                if (clause.startsWith("json_valid(") && clause.endsWith(")")) {
                    String column = clause.substring("json_valid(".length(), clause.length() - 1);
                    columns.add(text(row, "table_name") + "." + column);
                }
            }
        }
        return columns;
    }

    /**
     * The check constraints by table name, conditions as the server prints them; MariaDB's own {@code json_valid}
     * check of a json column (a column-level check named after the column) is the column's type, not a check.
     */
    private Map<String, List<CheckConstraint>> checks(Set<String> jsonColumns) throws SQLException {
        Map<String, List<CheckConstraint>> checks = new HashMap<>();
        for (Map<String, Object> row : rows("select tc.table_name, tc.constraint_name, cc.check_clause"
                + " from information_schema.table_constraints tc join information_schema.check_constraints cc"
                + " on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name"
                + (mariaDb() ? " and cc.table_name = tc.table_name" : "")
                + " where tc.table_schema = database() and tc.constraint_type = 'CHECK'"
                + " order by tc.table_name, tc.constraint_name")) {
            String table = text(row, "table_name");
            String name = text(row, "constraint_name");
            String clause = text(row, "check_clause");
            if (jsonColumns.contains(table + "." + name)
                    && clause.replace("`", "").replace(" ", "").equals("json_valid(" + name + ")")) {
                continue;
            }
            checks.computeIfAbsent(table, t -> new ArrayList<>()).add(new CheckConstraint(name, clause));
        }
        return checks;
    }

    private boolean mariaDb() throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductVersion()
                .toLowerCase(Locale.ROOT)
                .contains("mariadb");
    }

    @Override
    List<View> views() throws SQLException {
        return informationSchemaViews("database()");
    }

    @Override
    List<Omission> omissions() throws SQLException {
        List<Omission> omissions = new ArrayList<>(super.omissions());
        omissions.addAll(new MysqlOmissions(this).all());
        return omissions;
    }

    /** MariaDB's sequences: tables of type {@code SEQUENCE}, each read for its start value and increment. */
    @Override
    List<Sequence> sequences() throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        if (!mariaDb()) {
            return sequences;
        }
        for (Map<String, Object> row : rows("select table_name as name from information_schema.tables"
                + " where table_schema = database() and table_type = 'SEQUENCE' order by table_name")) {
            String name = text(row, "name");
            Map<String, Object> values = rows("select start_value, increment from "
                            + Identifiers.quote(Dialect.MYSQL, name))
                    .get(0);
            sequences.add(new Sequence(name, whole(values, "start_value"), whole(values, "increment")));
        }
        return sequences;
    }

    @Override
    String sequencesProblem() throws SQLException {
        return mariaDb()
                ? null
                : "MySQL has no sequences (MariaDB 10.3 and later have; the mysql dialect serves both). Remove the"
                        + " sequence from the schema; for numbers that count up, give a table an AUTO_INCREMENT"
                        + " (serial) column and insert a row for each number";
    }

    /**
     * The query as the server rewrites it (names qualified with the schema and quoted, aliases spelled out), from a
     * probe view that is dropped again.
     */
    @Override
    String storedView(View view, SchemaModel code) {
        return onTemporaryTable(
                "create or replace view `" + VIEW_PROBE + "` as " + view.definition(),
                "drop view if exists `" + VIEW_PROBE + "`",
                statement -> {
                    List<Map<String, Object>> rows = rows(
                            "select view_definition from information_schema.views"
                                    + " where table_schema = database() and table_name = ?",
                            VIEW_PROBE);
                    return rows.isEmpty() ? null : text(rows.get(0), "view_definition");
                });
    }

    /**
     * The condition as the server prints it, from an empty temporary copy of the table that is dropped again ({@code
     * SHOW CREATE TABLE}, as information_schema does not list temporary tables).
     */
    @Override
    String storedCondition(Table table, CheckConstraint check) {
        String probe = "storium_check_probe";
        return onTemporaryTable(
                "create temporary table `" + probe + "` as select * from "
                        + Identifiers.quote(Dialect.MYSQL, table.name()) + " limit 0",
                "drop temporary table if exists `" + probe + "`",
                statement -> {
                    statement.execute("alter table `" + probe + "` add constraint `" + probe + "` check ("
                            + check.expression() + ")");
                    try (ResultSet result = statement.executeQuery("show create table `" + probe + "`")) {
                        return result.next() ? clause(result.getString(2), probe) : null;
                    }
                });
    }

    /**
     * The type as {@code SHOW FULL COLUMNS} reports it (information_schema does not list temporary tables), from a
     * temporary table with the live table's collation, dropped again.
     */
    @Override
    String storedType(LiveTable live, String sqlType) {
        String collation = live.defaultCollation();
        return onTemporaryTable(
                "create temporary table `" + TYPE_PROBE + "` (c " + sqlType + ")"
                        + (collation == null ? "" : " collate " + collation),
                "drop temporary table if exists `" + TYPE_PROBE + "`",
                statement -> {
                    try (ResultSet result = statement.executeQuery("show full columns from `" + TYPE_PROBE + "`")) {
                        if (!result.next()) {
                            return null;
                        }
                        List<String> enumValues = EnumReading.ofColumnType(result.getString("Type"));
                        if (enumValues != null) {
                            return EnumReading.key("", enumValues); // as an enum column reads, see table()
                        }
                        String key = key(result.getString("Type"), result.getString("Extra"), false);
                        String own = ownCollation(result.getString("Collation"), collation);
                        return typeKey(key, TypeReading.column("c", key, false, null, true, own));
                    }
                });
    }

    /**
     * The expression as the server prints it ({@code SHOW CREATE TABLE}: information_schema does not list temporary
     * tables), from a generated column added to an empty temporary copy of the table that is dropped again.
     */
    @Override
    String storedExpression(LiveTable live, Column column, String expression) {
        Table table = live.table();
        String probe = "storium_generated_probe";
        return onTemporaryTable(
                "create temporary table `" + probe + "` as select * from "
                        + Identifiers.quote(Dialect.MYSQL, table.name()) + " limit 0",
                "drop temporary table if exists `" + probe + "`",
                statement -> {
                    statement.execute("alter table `" + probe + "` add column `" + probe + "` "
                            + SqlTypes.of(Dialect.MYSQL, column) + " as (" + expression + ") stored");
                    try (ResultSet result = statement.executeQuery("show create table `" + probe + "`")) {
                        return result.next() ? generationClause(result.getString(2), probe) : null;
                    }
                });
    }

    /** The expression of {@code `name` type GENERATED ALWAYS AS (expression) STORED} in a SHOW CREATE TABLE text. */
    static String generationClause(String createTable, String column) {
        for (String line : createTable.split("\n")) {
            String text = line.strip();
            int as = text.indexOf(" GENERATED ALWAYS AS (");
            if (text.startsWith("`" + column + "` ") && as > 0) {
                int start = as + " GENERATED ALWAYS AS (".length();
                int end = Math.max(text.lastIndexOf(") STORED"), text.lastIndexOf(") VIRTUAL"));
                return end > start ? text.substring(start, end) : null;
            }
        }
        return null;
    }

    /** The storage key of a column as information_schema reports its type and extra. */
    private static String key(String columnType, String extra, boolean json) {
        String key = Storage.canonical(columnType)
                .replace(" zerofill", "")
                .replaceAll("^(smallint|mediumint|int|bigint)\\(\\d+\\)( unsigned)?$", "$1$2")
                .replaceAll("^tinyint\\((?!1\\))\\d+\\)$", "tinyint");
        if (key.equals("longtext") && json) {
            key = "json";
        }
        return String.valueOf(extra).toLowerCase(Locale.ROOT).contains("auto_increment")
                ? key + " auto_increment"
                : key;
    }

    /** Every text column reports a collation: only one other than the table's is the column's own. */
    private static String ownCollation(String collation, String tableCollation) {
        return collation != null && collation.equalsIgnoreCase(tableCollation) ? null : collation;
    }

    /** The condition of {@code CONSTRAINT `name` CHECK (condition)} in a {@code SHOW CREATE TABLE} text. */
    private static String clause(String createTable, String name) {
        String start = "CONSTRAINT `" + name + "` CHECK (";
        for (String line : createTable.split("\n")) {
            String text = line.strip();
            if (text.startsWith(start)) {
                text = text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
                return text.substring(start.length(), text.length() - 1);
            }
        }
        return null;
    }

    private LiveTable table(String name, Set<String> jsonColumns, List<CheckConstraint> checks) throws SQLException {
        List<Column> columns = new ArrayList<>();
        Map<String, String> storage = new LinkedHashMap<>();
        String tableCollation = text(
                rows(
                                "select table_collation from information_schema.tables"
                                        + " where table_schema = database() and table_name = ?",
                                name)
                        .get(0),
                "table_collation");
        for (Map<String, Object> row : rows(
                "select column_name, column_type, is_nullable, column_default, extra, column_comment, collation_name,"
                        + " generation_expression"
                        + " from information_schema.columns where table_schema = database() and table_name = ?"
                        + " order by ordinal_position",
                name)) {
            String column = text(row, "column_name");
            String extra = String.valueOf(text(row, "extra")).toLowerCase(Locale.ROOT);
            // STORED GENERATED or VIRTUAL GENERATED; MySQL 8 says DEFAULT_GENERATED of an expression default
            Generated generated = extra.contains("stored generated") || extra.contains("virtual generated")
                    ? Generated.of(text(row, "generation_expression"), extra.contains("stored generated"))
                    : null;
            String defaultSql = generated == null ? text(row, "column_default") : null;
            List<String> enumValues = EnumReading.ofColumnType(text(row, "column_type"));
            if (enumValues != null) {
                storage.put(column, EnumReading.key("", enumValues));
                columns.add(EnumReading.column(
                                column,
                                new EnumType(EnumReading.unnamed(name, column), enumValues),
                                "NO".equalsIgnoreCase(text(row, "is_nullable")),
                                defaultSql,
                                true,
                                comment(row, "column_comment"))
                        .withGenerated(generated));
                continue;
            }
            String key = key(text(row, "column_type"), text(row, "extra"), jsonColumns.contains(name + "." + column));
            storage.put(column, key);
            boolean notNull = "NO".equalsIgnoreCase(text(row, "is_nullable"));
            String collation = ownCollation(text(row, "collation_name"), tableCollation);
            columns.add(TypeReading.column(column, key, notNull, defaultSql(name, column, defaultSql), true, collation)
                    .withComment(comment(row, "column_comment"))
                    .withGenerated(generated));
        }
        List<ForeignKey> foreignKeys = foreignKeys(name);
        Table table =
                new Table(name, columns, primaryKey(name), indexes(name, foreignKeys), foreignKeys, checks, null, null);
        return new LiveTable(table, storage, tableCollation);
    }

    private List<String> primaryKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select column_name from information_schema.statistics"
                        + " where table_schema = database() and table_name = ? and index_name = 'PRIMARY'"
                        + " order by seq_in_index",
                table)) {
            key.add(text(row, "column_name"));
        }
        return key;
    }

    /**
     * The indexes from {@code information_schema.statistics}: descending where {@code collation} is {@code D}, the
     * method {@code fulltext} (or {@code hash}, {@code spatial}) from {@code index_type}, and on MySQL 8 the
     * expressions of a functional index (MariaDB has none). A unique constraint reads as a unique index: MySQL keeps
     * no difference between the two (see {@code Alignment}).
     */
    private List<Index> indexes(String table, List<ForeignKey> foreignKeys) throws SQLException {
        Set<String> keyNames = new HashSet<>();
        foreignKeys.forEach(fk -> keyNames.add(fk.name()));
        Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(
                "select index_name, non_unique, column_name, collation, index_type, "
                        + (hasExpressions() ? "expression" : "null as expression")
                        + " from information_schema.statistics"
                        + " where table_schema = database() and table_name = ? and index_name <> 'PRIMARY'"
                        + " order by index_name, seq_in_index",
                table)) {
            parts.computeIfAbsent(text(row, "index_name"), i -> new ArrayList<>())
                    .add(row);
        }
        List<Index> indexes = new ArrayList<>();
        parts.forEach((index, rows) -> {
            boolean unique = !yes(rows.get(0), "non_unique");
            // InnoDB creates an index named after a foreign key that has none to use; it is not the user's
            if (!(keyNames.contains(index) && !unique)) {
                indexes.add(index(index, unique, rows));
            }
        });
        return indexes;
    }

    private static Index index(String name, boolean unique, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        boolean onExpressions = rows.stream().anyMatch(r -> r.get("column_name") == null);
        for (Map<String, Object> row : rows) {
            if (onExpressions) {
                String expression = text(row, "expression");
                expressions.add(expression == null ? String.valueOf(text(row, "column_name")) : expression);
            } else {
                columns.add(text(row, "column_name"));
            }
            descending.add("D".equals(text(row, "collation")));
        }
        String type = text(rows.get(0), "index_type");
        String method = type == null ? null : type.toLowerCase(Locale.ROOT);
        return new Index(name, columns, unique, null, false, descending, method, List.of(), expressions);
    }

    /** True when {@code information_schema.statistics} has the expressions of functional indexes (MySQL 8.0.13+). */
    private boolean hasExpressions() throws SQLException {
        if (hasExpressions == null) {
            hasExpressions = !rows("select 1 from information_schema.columns where table_schema = 'information_schema'"
                            + " and table_name = 'STATISTICS' and column_name = 'EXPRESSION'")
                    .isEmpty();
        }
        return hasExpressions;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        return foreignKeys(
                rows(
                        "select k.constraint_name, k.column_name, k.referenced_table_name,"
                                + " k.referenced_column_name, r.delete_rule, r.update_rule"
                                + " from information_schema.key_column_usage k join information_schema.referential_constraints r"
                                + " on r.constraint_schema = k.constraint_schema and r.constraint_name = k.constraint_name"
                                + " and r.table_name = k.table_name"
                                + " where k.table_schema = database() and k.table_name = ? and k.referenced_table_name is not null"
                                + " order by k.constraint_name, k.ordinal_position",
                        table),
                "referenced_table_name",
                "referenced_column_name",
                MysqlCatalog::action);
    }

    /** The action of a rule; RESTRICT reads as no action, the same in InnoDB (Storium writes no clause for it). */
    static FkAction action(String rule) {
        FkAction action = ruleAction(rule);
        return action == FkAction.RESTRICT ? FkAction.NO_ACTION : action;
    }
}
