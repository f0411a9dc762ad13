package dev.storium.internal.model;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.SequenceMeta;
import dev.storium.schema.ViewDef;
import dev.storium.schema.ViewMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Converts view and sequence definitions to the model (views for one dialect), and checks them against the schema's
 * tables.
 */
final class Views {
    private Views() {}

    /** The views of these definitions with their query on {@code dialect}, checked against {@code tables}. */
    static Map<String, View> fromDefinitions(
            Collection<ViewDef> definitions, Dialect dialect, Map<String, Table> tables) {
        Map<String, ViewMeta> metas = new LinkedHashMap<>();
        for (ViewDef definition : definitions) {
            ViewMeta meta = definition.storium();
            if (metas.put(meta.name(), meta) != null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "View " + meta.name() + " is defined twice in the schema classes. Fix: keep one definition"
                                + " per view name, or give one of them another name.");
            }
            if (tables.containsKey(meta.name())) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "View " + meta.name() + " has the name of a table; tables and views share one namespace."
                                + " Fix: give the view or the table another name.");
            }
        }
        Map<String, View> views = new LinkedHashMap<>();
        for (ViewMeta meta : metas.values()) {
            String query = meta.query(dialect);
            if (query == null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "View " + meta.name() + " has no query for " + dialect.key() + ": it has one for "
                                + meta.queries().keySet().stream()
                                        .map(Dialect::key)
                                        .collect(Collectors.joining(", "))
                                + " only. Fix: give it one with .as(Dialect." + dialect.name()
                                + ", \"SELECT ...\"), or one for every dialect with .as(\"SELECT ...\").");
            }
            for (String name : meta.dependsOn()) {
                if (!tables.containsKey(name) && !metas.containsKey(name)) {
                    throw new StoriumException(
                            ErrorCode.SCHEMA_DEFINITION,
                            "View " + meta.name() + " depends on " + name + ", which is neither a table nor a view of"
                                    + " the schema. Fix: include the class that defines " + name + " in the schema"
                                    + " setting, or take it out of dependsOn(...).");
                }
            }
            views.put(meta.name(), new View(meta.name(), query, meta.dependsOn(), meta.materialized()));
        }
        checkCycles(views);
        return views;
    }

    /** The sequences of these definitions, each name unused by the tables and views. */
    static Map<String, Sequence> sequences(
            Collection<SequenceDef> definitions, Map<String, Table> tables, Map<String, View> views) {
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (SequenceDef definition : definitions) {
            SequenceMeta meta = definition.storium();
            String clash = sequences.containsKey(meta.name())
                    ? "is defined twice in the schema classes"
                    : tables.containsKey(meta.name())
                            ? "has the name of a table"
                            : views.containsKey(meta.name()) ? "has the name of a view" : null;
            if (clash != null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "Sequence " + meta.name() + " " + clash + "; tables, views and sequences share one namespace."
                                + " Fix: keep one definition per name, or give one of them another name.");
            }
            sequences.put(meta.name(), new Sequence(meta.name(), meta.start(), meta.increment()));
        }
        return sequences;
    }

    /** Refuses views that depend on each other in a circle: none of them could be created first. */
    private static void checkCycles(Map<String, View> views) {
        Map<String, Integer> state = new HashMap<>();
        for (String name : views.keySet()) {
            visit(name, views, state, new ArrayList<>());
        }
    }

    private static void visit(String name, Map<String, View> views, Map<String, Integer> state, List<String> path) {
        View view = views.get(name);
        if (view == null || state.getOrDefault(name, 0) == 2) {
            return;
        }
        path.add(name);
        if (state.getOrDefault(name, 0) == 1) {
            List<String> circle = path.subList(path.indexOf(name), path.size());
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "View " + name + " depends on itself through " + String.join(" -> ", circle)
                            + "; none of them could be created first. Fix: take one of them out of the other's"
                            + " dependsOn(...).");
        }
        state.put(name, 1);
        for (String next : view.dependsOn()) {
            visit(next, views, state, path);
        }
        state.put(name, 2);
        path.remove(path.size() - 1);
    }
}
