package dev.storium.internal.catalog;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.FkDeferral;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's {@code sqlite_master} and table pragmas: the declared type as written ({@code bigint} stays bigint, which
 * jOOQ reports as integer); a column's collation from the table's SQL ({@code COLLATE NOCASE}); a lone {@code integer primary key autoincrement} is serial; defaults as written; indexes
 * other than the primary key's and SQLite's automatic ones, partial predicates taken from the index's SQL; foreign
 * keys from {@code PRAGMA foreign_key_list}, named from the table's SQL ({@code CONSTRAINT "name" FOREIGN KEY}).
 * {@code sqlite_*} tables and the {@code __new_*} tables of an interrupted rebuild are not read. A key column declared
 * without NOT NULL (which SQLite lets hold NULL) reads as NOT NULL, as the model's key columns are, and is named in the
 * omissions.
 */
final class SqliteCatalog extends Catalog {
    private static final Pattern NAMED_FOREIGN_KEY = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_UNIQUE = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)\\s+UNIQUE\\s*\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);
    /** {@code ON table (} of a CREATE INDEX, up to its opening parenthesis. */
    private static final Pattern INDEX_ON = Pattern.compile(
            "\\bON\\s+(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHERE =
            Pattern.compile("\\s*WHERE\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern COLUMN_NAME = Pattern.compile("(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)");
    private static final Pattern TABLE_CONSTRAINT =
            Pattern.compile("(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERATED_AS = Pattern.compile("\\bAS\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLLATE = Pattern.compile(
            "\\bCOLLATE\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[\\w$]+)", Pattern.CASE_INSENSITIVE);

    SqliteCatalog(Connection connection) {
        super(connection);
    }

    @Override
    List<LiveTable> read(Set<String> excluded) throws SQLException {
        List<LiveTable> tables = new ArrayList<>();
        for (Map<String, Object> row : rows(
                "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'"
                        + " order by name")) {
            String name = text(row, "name");
            if (!skipped(name, excluded)) {
                tables.add(table(name, String.valueOf(text(row, "sql"))));
            }
        }
        return tables;
    }

    private LiveTable table(String name, String sql) throws SQLException {
        // table_xinfo, as table_info leaves generated columns out: hidden 2 is a virtual one, 3 a stored one
        List<Map<String, Object>> info = rows("select * from pragma_table_xinfo(?) order by cid", name);
        Map<Integer, String> keyColumns = new TreeMap<>();
        for (Map<String, Object> row : info) {
            int position = number(row, "pk");
            if (position > 0) {
                keyColumns.put(position, text(row, "name"));
            }
        }
        boolean autoincrement =
                keyColumns.size() == 1 && sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        List<Column> columns = new ArrayList<>();
        Map<String, String> storage = new LinkedHashMap<>();
        Map<String, String> collations = collations(sql);
        Map<String, String> expressions = generatedExpressions(sql);
        for (Map<String, Object> row : info) {
            String column = text(row, "name");
            String key = Storage.canonical(String.valueOf(text(row, "type")));
            if (autoincrement && keyColumns.containsValue(column) && key.equals("integer")) {
                key = "integer autoincrement";
            }
            storage.put(column, key);
            int hidden = number(row, "hidden");
            Generated generated =
                    hidden == 2 || hidden == 3 ? Generated.of(expressions.get(column), hidden == 3) : null;
            boolean notNull = yes(row, "notnull");
            if (!notNull && keyColumns.containsValue(column)) {
                // the model's key columns are NOT NULL: read so, named (a lone integer key is the rowid, never NULL)
                notNull = true;
                if (keyColumns.size() > 1 || !key.startsWith("integer")) {
                    nullableKeys.add(new Omission(
                            name,
                            column,
                            "table " + name + ", column " + column,
                            "the database lets this primary-key column hold NULL (SQLite's key declared without NOT"
                                    + " NULL); the DSL's key columns are NOT NULL, so the code and migration 0000"
                                    + " declare it NOT NULL, and push and check leave the table as it is"));
                }
            }
            columns.add(TypeReading.column(
                            column,
                            key,
                            notNull,
                            defaultSql(name, column, text(row, "dflt_value")),
                            false,
                            collations.get(column))
                    .withGenerated(generated));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : checks(name, sql)) {
            EnumReading.EnumCheck enumCheck = EnumReading.ofCheck(check);
            int at = enumCheck == null ? -1 : position(columns, enumCheck.column());
            if (at < 0 || !storage.get(enumCheck.column()).startsWith("varchar(")) {
                checks.add(check);
                continue;
            }
            // SQLite's enum: a varchar and the check of its values, read as one enum column
            Column varchar = columns.get(at);
            storage.put(varchar.name(), storage.get(varchar.name()) + " " + EnumReading.key("", enumCheck.values()));
            columns.set(
                    at,
                    EnumReading.column(
                                    varchar.name(),
                                    new EnumType(EnumReading.unnamed(name, varchar.name()), enumCheck.values()),
                                    varchar.notNull(),
                                    infoDefault(info, varchar.name()),
                                    false,
                                    null)
                            .withGenerated(varchar.generated()));
        }
        Table table = new Table(
                name,
                columns,
                new ArrayList<>(keyColumns.values()),
                indexes(name, sql),
                foreignKeys(name, sql),
                checks,
                null,
                null);
        return new LiveTable(table, storage);
    }

    /** The type as the table's declared type and SQL give it back, from a temporary table that is dropped again. */
    @Override
    String storedType(LiveTable live, String sqlType) {
        return onTemporaryTable(
                "create temp table \"" + TYPE_PROBE + "\" (\"c\" " + sqlType + ")",
                "drop table if exists temp.\"" + TYPE_PROBE + "\"",
                statement -> {
                    List<Map<String, Object>> rows =
                            rows("select sql from sqlite_temp_master where type = 'table' and name = ?", TYPE_PROBE);
                    return rows.isEmpty()
                            ? null
                            : typeKey(table(TYPE_PROBE, String.valueOf(text(rows.get(0), "sql"))), "c");
                });
    }

    private static int position(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String infoDefault(List<Map<String, Object>> info, String column) {
        for (Map<String, Object> row : info) {
            if (column.equals(text(row, "name"))) {
                return text(row, "dflt_value");
            }
        }
        return null;
    }

    /**
     * The indexes made by CREATE INDEX (origin c): columns, or expressions where {@code pragma_index_xinfo} reports
     * cid -2 (their text taken from the index's SQL, as written), descending from its {@code desc}, the predicate from
     * the SQL; and the unique constraints of the table's SQL (origin u), named as its {@code CONSTRAINT name UNIQUE
     * (...)} names them, or by their automatic index when it does not (which then shows as drift).
     */
    private List<Index> indexes(String table, String tableSql) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        Map<List<String>, String> uniqueNames = uniqueNames(tableSql);
        for (Map<String, Object> row : rows(
                "select l.name, l.\"unique\", l.origin, m.sql from pragma_index_list(?) l"
                        + " left join sqlite_master m on m.type = 'index' and m.name = l.name order by l.name",
                table)) {
            String name = text(row, "name");
            String origin = text(row, "origin");
            if (!"c".equals(origin) && !"u".equals(origin)) {
                continue; // the primary key's index
            }
            List<String> columns = new ArrayList<>();
            List<Boolean> descending = new ArrayList<>();
            boolean onExpressions = false;
            for (Map<String, Object> c :
                    rows("select cid, name, \"desc\" from pragma_index_xinfo(?) where key = 1 order by seqno", name)) {
                columns.add(text(c, "name"));
                descending.add(yes(c, "desc"));
                onExpressions |= number(c, "cid") == -2;
            }
            if ("u".equals(origin)) {
                indexes.add(Index.uniqueConstraint(uniqueNames.getOrDefault(columns, name), columns));
                continue;
            }
            String sql = text(row, "sql");
            List<String> expressions = onExpressions ? indexParts(sql) : List.of();
            indexes.add(new Index(
                    name,
                    onExpressions ? List.of() : columns,
                    yes(row, "unique"),
                    predicate(sql),
                    false,
                    descending,
                    null,
                    List.of(),
                    expressions));
        }
        return indexes;
    }

    /** The key parts of an index's SQL as written, without ASC or DESC. */
    static List<String> indexParts(String sql) {
        Matcher on = INDEX_ON.matcher(sql);
        if (!on.find()) {
            return List.of();
        }
        int open = on.end() - 1;
        List<String> parts = new ArrayList<>();
        for (String part : topLevelParts(sql.substring(open + 1, closing(sql, open)))) {
            parts.add(part.replaceFirst("(?i)\\s+(ASC|DESC)$", "").strip());
        }
        return parts;
    }

    /** The predicate of a partial index's SQL: what follows WHERE after the key parts, or null. */
    private static String predicate(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher on = INDEX_ON.matcher(sql);
        if (!on.find()) {
            return null;
        }
        Matcher where = WHERE.matcher(sql.substring(closing(sql, on.end() - 1) + 1));
        return where.matches() ? where.group(1).trim() : null;
    }

    /** The names the table's SQL gives its unique constraints ({@code CONSTRAINT name UNIQUE (...)}), by columns. */
    private static Map<List<String>, String> uniqueNames(String sql) {
        Map<List<String>, String> names = new HashMap<>();
        Matcher matcher = NAMED_UNIQUE.matcher(sql);
        while (matcher.find()) {
            List<String> columns = new ArrayList<>();
            for (String column : matcher.group(2).split(",")) {
                columns.add(unquote(column.trim()));
            }
            names.putIfAbsent(columns, unquote(matcher.group(1)));
        }
        return names;
    }

    /**
     * The checks of a table's SQL, conditions exactly as written: {@code CONSTRAINT name CHECK (...)} anywhere in it,
     * and a check without a name as {@code {table}_check{n}} (n from 1, in order), so that it shows as drift.
     */
    static List<CheckConstraint> checks(String table, String sql) {
        List<CheckConstraint> checks = new ArrayList<>();
        int unnamed = 0;
        String previous = null;
        String beforePrevious = null;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                int end = sql.indexOf(ch == '[' ? ']' : ch, i + 1);
                end = end < 0 ? sql.length() : end + 1;
                beforePrevious = previous;
                previous = sql.substring(i, end);
                i = end;
            } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '$') {
                int end = i;
                while (end < sql.length()
                        && (Character.isLetterOrDigit(sql.charAt(end))
                                || sql.charAt(end) == '_'
                                || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                int open = end;
                while (open < sql.length() && Character.isWhitespace(sql.charAt(open))) {
                    open++;
                }
                if (word.equalsIgnoreCase("CHECK") && open < sql.length() && sql.charAt(open) == '(') {
                    int close = closing(sql, open);
                    String name = "CONSTRAINT".equalsIgnoreCase(beforePrevious)
                            ? unquote(previous)
                            : table + "_check" + (++unnamed);
                    checks.add(new CheckConstraint(
                            name, sql.substring(open + 1, close).strip()));
                    i = close + 1;
                    previous = null;
                    beforePrevious = null;
                    continue;
                }
                beforePrevious = previous;
                previous = word;
                i = end;
            } else {
                if (!Character.isWhitespace(ch)) {
                    beforePrevious = previous;
                    previous = String.valueOf(ch);
                }
                i++;
            }
        }
        return checks;
    }

    /** The key columns declared without NOT NULL, which the catalog reads as NOT NULL, for {@link #omissions()}. */
    private final List<Omission> nullableKeys = new ArrayList<>();

    /**
     * The expression defaults (see {@link Catalog#omissions()}), the key columns declared without NOT NULL, and the
     * triggers, which the model has none of.
     */
    @Override
    List<Omission> omissions() throws SQLException {
        List<Omission> omissions = new ArrayList<>(super.omissions());
        omissions.addAll(nullableKeys);
        for (Map<String, Object> row :
                rows("select name, tbl_name from sqlite_master where type = 'trigger' order by tbl_name, name")) {
            String table = text(row, "tbl_name");
            omissions.add(
                    Omission.of(table, "trigger " + text(row, "name") + " on " + table, Omission.notKept("triggers")));
        }
        return omissions;
    }

    /** The query after {@code CREATE VIEW name AS}, as written: SQLite keeps the text of the statement. */
    @Override
    List<View> views() throws SQLException {
        List<View> views = new ArrayList<>();
        for (Map<String, Object> row : rows("select name, sql from sqlite_master where type = 'view' order by name")) {
            String sql = text(row, "sql");
            Matcher query = CREATE_VIEW.matcher(sql == null ? "" : sql);
            views.add(new View(text(row, "name"), query.matches() ? query.group(1) : sql, List.of(), false));
        }
        return views;
    }

    private static final Pattern CREATE_VIEW = Pattern.compile(
            "\\s*create\\s+(?:temp\\s+|temporary\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[^\\s(]+)\\s*(?:\\([^)]*\\)\\s*)?as\\s+(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The condition as written: SQLite keeps the text of its {@code CREATE TABLE}. */
    @Override
    String storedCondition(Table table, CheckConstraint check) {
        return check.expression();
    }

    /** The position of the parenthesis that closes the one at {@code open}, skipping quoted text. */
    private static int closing(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                int end = sql.indexOf(ch, i + 1);
                i = end < 0 ? sql.length() : end;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return sql.length() - 1;
    }

    private List<ForeignKey> foreignKeys(String table, String sql) throws SQLException {
        Map<Integer, List<Map<String, Object>>> byId = new TreeMap<>();
        for (Map<String, Object> row : rows("select * from pragma_foreign_key_list(?) order by id, seq", table)) {
            byId.computeIfAbsent(number(row, "id"), id -> new ArrayList<>()).add(row);
        }
        Map<List<String>, String> names = constraintNames(sql);
        Map<List<String>, FkDeferral> deferrals = deferrals(sql);
        List<ForeignKey> keys = new ArrayList<>();
        for (List<Map<String, Object>> rows : byId.values()) {
            List<String> columns = rows.stream().map(r -> text(r, "from")).toList();
            String refTable = text(rows.get(0), "table");
            List<String> refColumns = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                refColumns.add(text(r, "to"));
            }
            if (refColumns.contains(null)) {
                refColumns = primaryKeyOf(refTable);
            }
            String name = names.getOrDefault(columns, table + "_" + String.join("_", columns) + "_fkey");
            keys.add(new ForeignKey(
                    name,
                    columns,
                    refTable,
                    refColumns,
                    ruleAction(text(rows.get(0), "on_delete")),
                    ruleAction(text(rows.get(0), "on_update")),
                    deferrals.getOrDefault(columns, FkDeferral.NOT_DEFERRABLE)));
        }
        keys.sort(java.util.Comparator.comparing(ForeignKey::name));
        return keys;
    }

    private List<String> primaryKeyOf(String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        for (Map<String, Object> row : rows("select name, pk from pragma_table_info(?)", table)) {
            if (number(row, "pk") > 0) {
                key.put(number(row, "pk"), text(row, "name"));
            }
        }
        return new ArrayList<>(key.values());
    }

    /**
     * The collations the table's SQL gives its columns ({@code "name" varchar(20) COLLATE NOCASE}), by column name:
     * SQLite reports them in no pragma. The definitions are the body's top-level comma-separated parts; string
     * literals are set aside so that a default holding the word COLLATE is not read as one.
     */
    static Map<String, String> collations(String sql) {
        Map<String, String> collations = new LinkedHashMap<>();
        int open = sql.indexOf('(');
        int close = sql.lastIndexOf(')');
        if (open < 0 || close < open) {
            return collations;
        }
        for (String part : topLevelParts(sql.substring(open + 1, close))) {
            Matcher name = COLUMN_NAME.matcher(part);
            if (!name.lookingAt() || TABLE_CONSTRAINT.matcher(part).lookingAt()) {
                continue;
            }
            Matcher collate = COLLATE.matcher(part.substring(name.end()).replaceAll("'(?:[^']|'')*'", "''"));
            if (collate.find()) {
                collations.put(unquote(name.group(1)), unquote(collate.group(1)));
            }
        }
        return collations;
    }

    /**
     * The expressions of the generated columns in a table's SQL ({@code "full" text GENERATED ALWAYS AS (a || b)
     * STORED}, or the short {@code AS (...)}), exactly as written, by column name.
     */
    static Map<String, String> generatedExpressions(String sql) {
        Map<String, String> expressions = new LinkedHashMap<>();
        int open = sql.indexOf('(');
        int close = sql.lastIndexOf(')');
        if (open < 0 || close < open) {
            return expressions;
        }
        for (String part : topLevelParts(sql.substring(open + 1, close))) {
            Matcher name = COLUMN_NAME.matcher(part);
            if (!name.lookingAt() || TABLE_CONSTRAINT.matcher(part).lookingAt()) {
                continue;
            }
            // string literals blanked, keeping positions, so that a default's text is never read as the keyword
            StringBuilder masked = new StringBuilder(part);
            char quote = 0;
            for (int i = 0; i < masked.length(); i++) {
                char ch = masked.charAt(i);
                if (quote != 0) {
                    masked.setCharAt(i, ch == quote ? ch : ' ');
                    quote = ch == quote ? 0 : quote;
                } else if (ch == '\'' || ch == '"' || ch == '`') {
                    quote = ch;
                }
            }
            Matcher as = GENERATED_AS.matcher(masked);
            if (as.find(name.end())) {
                int start = as.end();
                int depth = 1;
                int i = start;
                for (; i < masked.length() && depth > 0; i++) {
                    depth += masked.charAt(i) == '(' ? 1 : masked.charAt(i) == ')' ? -1 : 0;
                }
                expressions.put(
                        unquote(name.group(1)), part.substring(start, i - 1).trim());
            }
        }
        return expressions;
    }

    /** The parts of a definition list split at commas outside parentheses and quotes. */
    private static List<String> topLevelParts(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '[') {
                quote = ']';
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(body.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).trim());
        return parts;
    }

    /** The constraint names the table's SQL gives its foreign keys, by their column lists. */
    /**
     * The deferral of each named key of the table's SQL, by its column list, from the words after its {@code
     * REFERENCES} clause up to the next comma or parenthesis outside it: SQLite reports it in no pragma.
     */
    static Map<List<String>, FkDeferral> deferrals(String sql) {
        Map<List<String>, FkDeferral> deferrals = new LinkedHashMap<>();
        Matcher matcher = NAMED_FOREIGN_KEY.matcher(sql);
        while (matcher.find()) {
            List<String> columns = new ArrayList<>();
            for (String column : matcher.group(2).split(",")) {
                columns.add(unquote(column.trim()));
            }
            int depth = 0;
            int end = matcher.end();
            while (end < sql.length()) {
                char ch = sql.charAt(end);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')' && depth-- == 0) {
                    break;
                } else if (ch == ',' && depth == 0) {
                    break;
                }
                end++;
            }
            String words = " "
                    + sql.substring(matcher.end(), end).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            FkDeferral deferral = FkDeferral.NOT_DEFERRABLE;
            if (words.contains(" DEFERRABLE") && !words.contains("NOT DEFERRABLE")) {
                deferral = words.contains("INITIALLY DEFERRED") ? FkDeferral.INITIALLY_DEFERRED : FkDeferral.DEFERRABLE;
            }
            deferrals.putIfAbsent(columns, deferral);
        }
        return deferrals;
    }

    private static Map<List<String>, String> constraintNames(String sql) {
        Map<List<String>, String> names = new LinkedHashMap<>();
        Matcher matcher = NAMED_FOREIGN_KEY.matcher(sql);
        while (matcher.find()) {
            List<String> columns = new ArrayList<>();
            for (String column : matcher.group(2).split(",")) {
                columns.add(unquote(column.trim()));
            }
            names.putIfAbsent(columns, unquote(matcher.group(1)));
        }
        return names;
    }

    private static String unquote(String identifier) {
        if (identifier.length() >= 2) {
            char first = identifier.charAt(0);
            if (first == '"' || first == '`' || first == '[') {
                return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
            }
        }
        return identifier;
    }
}
