package dev.storium.schema;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A view as written in the DSL, from {@link Schema#defineView(String)}: a named query that the database keeps, with a
 * query for every dialect ({@link #as(String)}) or one per dialect ({@link #as(Dialect, String)}), the tables and views
 * it reads ({@link #dependsOn(TableDef...)}), and, on PostgreSQL, {@link #materialized()}. Declare it as a {@code
 * public static final ViewDef} field next to the tables: the schema scan finds it as it finds them. Definitions are
 * immutable; each method checks what it is given and returns a new one, so a broken definition fails where it is
 * written, with a {@link StoriumException} of code {@link ErrorCode#SCHEMA_DEFINITION}.
 */
public final class ViewDef {
    private final String name;
    private final String query;
    private final Map<Dialect, String> queries;
    private final List<String> dependsOn;
    private final boolean materialized;

    ViewDef(String schema, String name) {
        this(Names.qualified(schema, ViewRules.name(name)), null, new EnumMap<>(Dialect.class), List.of(), false);
    }

    private ViewDef(
            String name, String query, Map<Dialect, String> queries, List<String> dependsOn, boolean materialized) {
        this.name = name;
        this.query = query;
        this.queries = queries;
        this.dependsOn = List.copyOf(dependsOn);
        this.materialized = materialized;
    }

    /** The view's database name, qualified by its schema ({@code sales.totals}) when defined in one. */
    public String getName() {
        return name;
    }

    /**
     * The query of the view on every dialect without a query of its own, such as {@code "SELECT id, email FROM users
     * WHERE active"}: one SELECT (or WITH) statement without a closing semicolon, over database table and column names.
     */
    public ViewDef as(String select) {
        if (query != null) {
            throw ViewRules.error(name, "it is given two queries for every dialect", "keep one .as(\"SELECT ...\")");
        }
        return new ViewDef(name, ViewRules.query(name, "the query", select), queries, dependsOn, materialized);
    }

    /** The query of the view on one dialect, in place of the query for every dialect; see {@link #as(String)}. */
    public ViewDef as(Dialect dialect, String select) {
        if (dialect == null) {
            throw ViewRules.error(
                    name, "as(dialect, query) is given no dialect", "name one, such as as(Dialect.MYSQL, \"...\")");
        }
        if (queries.containsKey(dialect)) {
            throw ViewRules.error(
                    name,
                    "it is given two queries for " + dialect.key(),
                    "keep one .as(Dialect." + dialect.name() + ", \"SELECT ...\")");
        }
        Map<Dialect, String> more = new EnumMap<>(queries);
        more.put(dialect, ViewRules.query(name, "the query for " + dialect.key(), select));
        return new ViewDef(name, query, more, dependsOn, materialized);
    }

    /**
     * The tables the view reads. They are created before it, and a change to one of them drops the view before the
     * change and creates it again after (Storium also finds the tables and views a query names by itself).
     */
    public ViewDef dependsOn(TableDef... tables) {
        List<String> names = new ArrayList<>(dependsOn);
        for (TableDef table : tables == null ? new TableDef[] {null} : tables) {
            names.add(ViewRules.dependency(name, table == null ? null : table.qualifiedName()));
        }
        return new ViewDef(name, query, queries, names, materialized);
    }

    /** The views this view reads: created before it, and dropped and created again with it. */
    public ViewDef dependsOn(ViewDef... views) {
        List<String> names = new ArrayList<>(dependsOn);
        for (ViewDef view : views == null ? new ViewDef[] {null} : views) {
            names.add(ViewRules.dependency(name, view == null ? null : view.name));
        }
        return new ViewDef(name, query, queries, names, materialized);
    }

    /**
     * Makes it a materialized view, whose rows PostgreSQL stores and {@code REFRESH MATERIALIZED VIEW} recomputes.
     * PostgreSQL only: on the other dialects generate and push refuse it with {@link ErrorCode#UNSUPPORTED}.
     */
    public ViewDef materialized() {
        return new ViewDef(name, query, queries, dependsOn, true);
    }

    /** Storium's checked metadata of the view; fails when it has no query. */
    public ViewMeta storium() {
        if (query == null && queries.isEmpty()) {
            throw ViewRules.error(
                    name, "it has no query", "give it one: defineView(\"" + name + "\").as(\"SELECT ...\")");
        }
        return new ViewMeta(name, query, queries, dependsOn.stream().distinct().toList(), materialized);
    }

    @Override
    public String toString() {
        return "view " + name;
    }
}
