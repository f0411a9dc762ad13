package dev.storium.internal.catalog;

import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the live schema the code's way wherever the database stores both alike: a live column takes the code
 * column's definition when their storage keys, nullability and defaults match (MySQL {@code varchar(36)} is the
 * code's uuid; SQLite {@code text} its json; SQLite stores no random-uuid default); an index takes the code's
 * predicate text when both mean the same after casts, quotes, parentheses and case are set aside; a foreign key takes
 * the code's action where the dialect enforces both alike (MySQL's restrict and no action); a check constraint
 * takes the code's condition when the database stores both alike (see {@link #sameCondition}); a custom column
 * takes the code's when the database stores its SQL type alike (see {@link #sameCustomType}), and a generated column
 * when the database stores its expression alike (see {@link #sameGenerated}). Anything stored
 * differently keeps its catalog reading, so the diff finds it. Comments are the catalog's, except on SQLite, which has
 * none: there a table and its columns take the code's comments, so they are never drift.
 */
final class Alignment {
    private Alignment() {}

    /** The live tables as a model, each read the code's way where {@code code} has a table of the same name. */
    static SchemaModel align(
            Dialect dialect,
            List<LiveTable> live,
            SchemaModel code,
            BiFunction<Table, CheckConstraint, String> storedCondition,
            BiFunction<Table, Index, List<String>> storedExpressions,
            BiFunction<LiveTable, String, String> storedType,
            ExpressionProbe storedExpression,
            BiPredicate<String, String> defaultOpclass) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (LiveTable table : live) {
            Table read = code.table(table.table().name())
                    .map(twin -> table(
                            dialect,
                            table,
                            twin,
                            storedCondition,
                            storedExpressions,
                            storedType,
                            storedExpression,
                            defaultOpclass))
                    .orElse(table.table());
            tables.put(read.name(), read);
        }
        return new SchemaModel(tables);
    }

    /**
     * The live views by name, each read as the code's view of its name when both are of one kind and the database
     * stores both queries alike: the same text, spaces aside, or the same text once the database has stored the
     * code's query too ({@code stored}, from a probe view). Anything else keeps the catalog's reading, so the diff
     * finds it.
     */
    static Map<String, View> views(List<View> live, SchemaModel code, Function<View, String> stored) {
        Map<String, View> views = new LinkedHashMap<>();
        for (View view : live) {
            View twin = code.views().get(view.name());
            boolean alike = twin != null
                    && twin.materialized() == view.materialized()
                    && (query(twin.definition()).equals(query(view.definition()))
                            || query(stored.apply(twin)).equals(query(view.definition())));
            views.put(view.name(), alike ? twin : view);
        }
        return views;
    }

    /** A query with runs of white space as one space, without a closing semicolon; empty for none. */
    private static String query(String text) {
        String spaced = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return spaced.endsWith(";") ? spaced.substring(0, spaced.length() - 1).strip() : spaced;
    }

    private static Table table(
            Dialect dialect,
            LiveTable live,
            Table code,
            BiFunction<Table, CheckConstraint, String> storedCondition,
            BiFunction<Table, Index, List<String>> storedExpressions,
            BiFunction<LiveTable, String, String> storedType,
            ExpressionProbe storedExpression,
            BiPredicate<String, String> defaultOpclass) {
        Table table = live.table();
        List<Column> columns = new ArrayList<>();
        for (Column catalogColumn : table.columns()) {
            Column twin = code.column(catalogColumn.name()).orElse(null);
            Column column = enumNamed(dialect, catalogColumn, twin);
            boolean alike = twin != null
                    && sameGenerated(dialect, live, column, twin, storedExpression)
                    && (twin.type() == ColumnType.CUSTOM
                            ? sameCustomType(dialect, live, column, twin, storedType)
                            : Objects.equals(live.storage().get(column.name()), Storage.of(dialect, code, twin))
                                    && sameCollation(live, twin, column)
                                    && column.notNull() == (twin.notNull() || twin.type() == ColumnType.SERIAL)
                                    && sameDefault(dialect, twin, column));
            Column read = alike ? twin.withName(twin.name()) : column;
            // the comment is the database's, except on SQLite, which keeps none: there the code's is never drift
            columns.add(read.withComment(
                    dialect == Dialect.SQLITE ? (twin == null ? null : twin.comment()) : column.comment()));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            indexes.add(code.indexes().stream()
                    .filter(i -> sameIndex(dialect, i, index, () -> storedExpressions.apply(table, i), defaultOpclass))
                    .findFirst()
                    .orElse(index));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey key : table.foreignKeys()) {
            foreignKeys.add(code.foreignKeys().stream()
                    .filter(k -> sameForeignKey(dialect, k, key))
                    .findFirst()
                    .orElse(key));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            checks.add(code.checks().stream()
                    .filter(c -> c.name().equals(check.name()))
                    .filter(c -> sameCondition(c, check, () -> storedCondition.apply(table, c)))
                    .findFirst()
                    .orElse(check));
        }
        Table aligned = new Table(
                table.name(), columns, table.primaryKey(), indexes, foreignKeys, checks, table.comment(), null);
        return dialect == Dialect.SQLITE ? aligned.withComment(code.comment()) : aligned;
    }

    /** How a database stores a generated column's expression: see {@link Catalog#storedExpression}. */
    @FunctionalInterface
    interface ExpressionProbe {
        String stored(LiveTable table, Column column, String expression);
    }

    /**
     * True when the live column is generated as the code's column is: both written, or both generated of the same kind
     * (H2 has one kind: any reads as the code's) from the same expression, compared as a check's condition is (see
     * {@link #sameCondition}: the database is asked how it stores the code's expression).
     */
    private static boolean sameGenerated(
            Dialect dialect, LiveTable table, Column column, Column code, ExpressionProbe storedExpression) {
        Generated live = column.generated();
        Generated wanted = code.generated();
        if (live == null || wanted == null) {
            return live == wanted;
        }
        String expression = wanted.expression(dialect.key());
        if (expression == null
                || live.expression() == null
                || (live.stored() != wanted.stored() && dialect != Dialect.MEMORY)) {
            return false;
        }
        return sameCondition(
                new CheckConstraint("generated", expression),
                new CheckConstraint("generated", live.expression()),
                () -> storedExpression.stored(table, code, expression));
    }

    /**
     * The live column with the code's enum name where the database keeps none (all but PostgreSQL): there an enum is
     * its values, and the code's column of the same name says which enum they are.
     */
    private static Column enumNamed(Dialect dialect, Column live, Column twin) {
        if (dialect == Dialect.POSTGRESQL || live.enumType() == null || twin == null || twin.enumType() == null) {
            return live;
        }
        return live.withEnumType(
                new EnumType(twin.enumType().name(), live.enumType().values()));
    }

    /**
     * True when the live column is the code's custom column: its type the code's SQL type for this dialect, as the
     * database stores that (the same text, or else what the database makes of the code's text on a temporary table,
     * so that {@code int4} is {@code integer} and {@code varchar(255)} is {@code character varying(255)}), the same
     * nullability, and no default (a custom column has none).
     */
    private static boolean sameCustomType(
            Dialect dialect,
            LiveTable live,
            Column column,
            Column code,
            BiFunction<LiveTable, String, String> storedType) {
        String sqlType = code.sqlType(dialect.key());
        if (sqlType == null || column.notNull() != code.notNull() || column.defaultValue() != null) {
            return false;
        }
        String found = Catalog.typeKey(live, column.name());
        return Storage.canonical(sqlType).equals(found) || found.equals(storedType.apply(live, sqlType));
    }

    /**
     * True when the live check holds the code's condition. Every database but SQLite rewrites a condition (PostgreSQL
     * {@code price > 0} becomes {@code (price > (0)::numeric)}, {@code IN} becomes {@code = ANY (ARRAY[...])}), so
     * unless the texts are the same, the database is asked how it stores the code's condition ({@code stored}: on an
     * empty temporary copy of the table), and that is compared with what it reports, both from the same deparser.
     * Only when it cannot tell are the texts compared reduced (see {@link #predicate}), which ignores parentheses.
     */
    static boolean sameCondition(CheckConstraint code, CheckConstraint live, Supplier<String> stored) {
        String found = spaced(live.expression());
        if (spaced(code.expression()).equals(found)) {
            return true;
        }
        String asStored = stored.get();
        if (asStored != null) {
            return spaced(asStored).equals(found);
        }
        return predicate(code.expression()).equals(predicate(live.expression()));
    }

    /** The text with runs of white space as one space, without parentheses around the whole. */
    private static String spaced(String condition) {
        String text = condition.replaceAll("\\s+", " ").strip();
        while (text.startsWith("(") && text.endsWith(")") && wraps(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** True when the opening parenthesis closes at the very end: {@code (a) and (b)} is not wrapped. */
    private static boolean wraps(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the live column has the code column's collation: the same one, or none of its own where the code
     * names the table's default (MySQL reports the table's collation as none, see {@link LiveTable}).
     */
    private static boolean sameCollation(LiveTable live, Column code, Column column) {
        return Objects.equals(code.collation(), column.collation())
                || (column.collation() == null
                        && code.collation() != null
                        && code.collation().equalsIgnoreCase(String.valueOf(live.defaultCollation())));
    }

    /** The default the database holds for a code column: none for serial, none for random uuid on SQLite. */
    static DefaultValue stored(Dialect dialect, Column column) {
        DefaultValue value = column.defaultValue();
        if (value == null || column.type() == ColumnType.SERIAL) {
            return null;
        }
        if (dialect == Dialect.SQLITE && value.kind() == DefaultValue.Kind.RANDOM_UUID) {
            return null;
        }
        return value;
    }

    private static boolean sameDefault(Dialect dialect, Column code, Column live) {
        DefaultValue expected = stored(dialect, code);
        DefaultValue found = live.defaultValue();
        if (expected == null || found == null) {
            return expected == found;
        }
        if (expected.kind() != found.kind()) {
            return false;
        }
        return expected.kind() != DefaultValue.Kind.LITERAL
                || DefaultSql.sameLiteral(code.type(), expected.literal(), found.literal());
    }

    /**
     * True when the live index is the code's: the same name, columns, uniqueness, sort order, method, included
     * columns, predicate (reduced, see {@link #predicate}) and expressions (see {@link #sameExpressions}), and the same
     * kind, constraint or index, where the database tells them apart (see {@link #sameKind}).
     */
    private static boolean sameIndex(
            Dialect dialect,
            Index code,
            Index live,
            Supplier<List<String>> stored,
            BiPredicate<String, String> defaultOpclass) {
        return code.name().equals(live.name())
                && code.columns().equals(live.columns())
                && code.unique() == live.unique()
                && sameKind(dialect, code, live)
                && code.descending().equals(live.descending())
                && code.nulls().equals(live.nulls())
                && sameOpclasses(code, live, defaultOpclass)
                && Objects.equals(code.method(), live.method())
                && code.include().equals(live.include())
                && Objects.equals(predicate(code.where()), predicate(live.where()))
                && sameExpressions(code, live, stored);
    }

    /**
     * True when each key part has the same operator class: PostgreSQL reads back its bare name, in lower case, where the
     * code may have written it qualified by its schema ({@code public.gin_trgm_ops}) or in capitals, and reads back none
     * where the code wrote its type's default class ({@code defaultOpclass} tells, by class and method).
     */
    private static boolean sameOpclasses(Index code, Index live, BiPredicate<String, String> defaultOpclass) {
        for (int i = 0; i < Math.max(code.size(), live.size()); i++) {
            String written = i < code.size() ? code.opclass(i) : null;
            String read = i < live.size() ? live.opclass(i) : null;
            if (written != null) {
                written = written.substring(written.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            }
            if (!Objects.equals(written, read)
                    && !(read == null
                            && defaultOpclass.test(written, code.method() == null ? "btree" : code.method()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the live index is of the code's kind. MySQL keeps a unique constraint as a unique index, and H2 keeps
     * the unique indexes Storium writes as unique constraints (see {@code H2Ddl}): there a unique index and a unique
     * constraint over the same columns are the same thing, and the live one reads as the code declares it.
     */
    private static boolean sameKind(Dialect dialect, Index code, Index live) {
        if (code.constraint() == live.constraint()) {
            return true;
        }
        if (dialect == Dialect.MYSQL) {
            return code.unique() && live.unique() && code.where() == null;
        }
        return dialect == Dialect.MEMORY && code.unique() && code.descending().isEmpty() && live.constraint();
    }

    /**
     * True when the live index has the code's expressions: the same text, or the text the database stores for the
     * code's expressions ({@code stored}: PostgreSQL deparses {@code lower(email)} on a varchar as {@code
     * lower(email::text)}); when it cannot tell, the texts reduced (see {@link #predicate}).
     */
    private static boolean sameExpressions(Index code, Index live, Supplier<List<String>> stored) {
        if (code.expressions().size() != live.expressions().size()) {
            return false;
        }
        if (code.expressions().isEmpty()
                || code.expressions().stream()
                        .map(Alignment::spaced)
                        .toList()
                        .equals(live.expressions().stream()
                                .map(Alignment::spaced)
                                .toList())) {
            return true;
        }
        List<String> asStored = stored.get();
        if (asStored != null) {
            return asStored.stream()
                    .map(Alignment::spaced)
                    .toList()
                    .equals(live.expressions().stream().map(Alignment::spaced).toList());
        }
        return code.expressions().stream()
                .map(Alignment::predicate)
                .toList()
                .equals(live.expressions().stream().map(Alignment::predicate).toList());
    }

    /**
     * A predicate reduced for comparison: casts, identifier quotes and parentheses removed, lower case outside string
     * literals, single spaces. PostgreSQL deparses {@code status = 'draft'} as {@code ((status)::text =
     * 'draft'::text)}; both reduce to {@code status = 'draft'}.
     */
    static String predicate(String where) {
        if (where == null) {
            return null;
        }
        StringBuilder reduced = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < where.length(); i++) {
            char ch = where.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
                reduced.append(ch);
            } else if (quoted) {
                reduced.append(ch);
            } else if (ch == ':' && i + 1 < where.length() && where.charAt(i + 1) == ':') {
                i = skipType(where, i + 2) - 1;
            } else if (ch != '"' && ch != '`' && ch != '(' && ch != ')') {
                reduced.append(Character.toLowerCase(ch));
            }
        }
        return reduced.toString().replaceAll("\\s+", " ").trim();
    }

    /** The position after a type name of a cast: letters, digits, underscores, spaces between words, brackets. */
    private static int skipType(String where, int from) {
        int i = from;
        while (i < where.length()) {
            char ch = where.charAt(i);
            boolean word = Character.isLetterOrDigit(ch) || ch == '_' || ch == '[' || ch == ']';
            boolean innerSpace = ch == ' '
                    && i + 1 < where.length()
                    && Character.isLetter(where.charAt(i + 1))
                    && typeWordFollows(where, i + 1);
            if (!word && !innerSpace) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean typeWordFollows(String where, int from) {
        String rest = where.substring(from).toLowerCase(Locale.ROOT);
        return rest.startsWith("varying")
                || rest.startsWith("precision")
                || rest.startsWith("with")
                || rest.startsWith("without")
                || rest.startsWith("time")
                || rest.startsWith("zone");
    }

    private static boolean sameForeignKey(Dialect dialect, ForeignKey code, ForeignKey live) {
        return code.name().equals(live.name())
                && code.columns().equals(live.columns())
                && code.refTable().equals(live.refTable())
                && code.refColumns().equals(live.refColumns())
                && sameAction(dialect, code.onDelete(), live.onDelete())
                && sameAction(dialect, code.onUpdate(), live.onUpdate())
                && code.deferral() == live.deferral();
    }

    /** True when the dialect enforces both actions alike: InnoDB checks restrict and no action the same way. */
    private static boolean sameAction(Dialect dialect, FkAction code, FkAction live) {
        if (code == live) {
            return true;
        }
        return dialect == Dialect.MYSQL && restrictive(code) && restrictive(live);
    }

    private static boolean restrictive(FkAction action) {
        return action == FkAction.NO_ACTION || action == FkAction.RESTRICT;
    }
}
