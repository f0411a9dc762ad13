package dev.storium.internal.pull;

import dev.storium.config.Dialect;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A live schema as one Java class of the DSL: the enums, then the tables in an order where each key's target comes
 * before it wherever the keys allow (a key that closes a cycle names its table), then the views and sequences. Each
 * declaration starts with {@link #define}, the one place that says where an object lives.
 */
public final class SourceWriter {
    private final Scope scope;
    private final Set<String> constantNames = new HashSet<>();

    private SourceWriter(Dialect dialect, ExactReading reading) {
        this.scope = new Scope(dialect, reading);
    }

    /** The class {@code className} in {@code packageName} declaring every table, view and sequence of the reading. */
    public static PulledSource write(ExactReading reading, Dialect dialect, String packageName, String className) {
        return new SourceWriter(dialect, reading).source(packageName, className);
    }

    private PulledSource source(String packageName, String className) {
        SchemaModel model = scope.reading.model();
        List<Table> tables = ordered(model);
        List<String> body = new ArrayList<>();
        // the default class name, DbSchema, is also the DSL's: then the DSL's is written in full
        String schemaType = className.equals("DbSchema") ? "dev.storium.schema.DbSchema" : "DbSchema";
        for (String schema : model.schemas()) {
            if (!className.equals("DbSchema")) {
                scope.imports.add("dev.storium.schema.DbSchema");
            }
            scope.schemas.put(schema, constantFor(schema));
            body.add("    public static final " + schemaType + " " + scope.schemas.get(schema) + " = defineSchema("
                    + JavaText.quote(schema) + ");");
            body.add("");
        }
        for (Table table : tables) {
            scope.keys.put(table.name(), TableWriter.keys(table));
            scope.constants.put(table.name(), constantFor(table.name()));
        }
        for (EnumType type : model.enums().values()) {
            enumType(type, body);
        }
        for (Table table : tables) {
            for (var column : table.columns()) {
                if (column.enumType() != null && !scope.enums.containsKey(column.enumType())) {
                    enumType(column.enumType(), body);
                }
            }
        }
        for (Table table : tables) {
            body.addAll(TableWriter.write(table, scope));
            body.add("");
            scope.declared.add(table.name());
        }
        Map<String, View> views = new LinkedHashMap<>();
        for (View view : model.views().values()) {
            View written = view(view, body);
            views.put(written.name(), written);
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (Sequence sequence : model.sequences().values()) {
            if (sequence(sequence, body)) {
                sequences.put(sequence.name(), sequence);
            }
        }
        SchemaModel written = new SchemaModel(scope.written, views, sequences);
        return new PulledSource(packageName, className, text(packageName, className, body), written, scope.warnings);
    }

    /**
     * Where each declaration starts: {@code defineTable("orders")}, or {@code SALES.defineTable("orders")} for
     * {@code sales.orders}, an object of the named schema {@code sales} (declared at the top of the class), with the
     * {@code more} arguments after the name, one a line when {@code wrapped}.
     */
    static String define(Scope scope, String kind, String name, boolean wrapped, String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add(JavaText.quote(QualifiedNames.local(name)));
        arguments.addAll(List.of(more));
        String schema =
                QualifiedNames.schema(name).map(s -> scope.schemas.get(s) + ".").orElse("");
        String indent = wrapped ? "\n            " : "";
        return schema + "define" + kind + "(" + indent + String.join("," + (wrapped ? indent : " "), arguments) + ")";
    }

    static String define(Scope scope, String kind, String name) {
        return define(scope, kind, name, false);
    }

    private void enumType(EnumType type, List<String> body) {
        String constant = constantFor(type.name());
        scope.enums.put(type, constant);
        scope.imports.add("dev.storium.schema.EnumDef");
        String[] values = type.values().stream().map(JavaText::quote).toArray(String[]::new);
        String start = "    public static final EnumDef " + constant + " = ";
        String line = start + define(scope, "Enum", type.name(), false, values) + ";";
        body.add(line.length() > Chain.WIDTH ? start + define(scope, "Enum", type.name(), true, values) + ";" : line);
        body.add("");
    }

    private View view(View view, List<String> body) {
        scope.imports.add("dev.storium.schema.ViewDef");
        body.add("    public static final ViewDef " + constantFor(view.name()) + " = "
                + define(scope, "View", view.name()));
        String definition = view.definition().strip();
        // PostgreSQL deparses a query with a closing semicolon, which the DSL leaves out
        definition = definition.endsWith(";") ? definition.substring(0, definition.length() - 1) : definition;
        String[] lines = definition.split("\n", -1);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String text = i == lines.length - 1 ? lines[i] : lines[i] + "\n";
            query.append(i == 0 ? "" : "\n                    + ").append(JavaText.quote(text));
        }
        body.add("            .as(" + query + ")" + (view.materialized() ? "\n            .materialized();" : ";"));
        body.add("");
        return new View(view.name(), definition, List.of(), view.materialized());
    }

    private boolean sequence(Sequence sequence, List<String> body) {
        if (sequence.start() < 1 || sequence.increment() < 1) {
            body.add(
                    "    // "
                            + scope.warn(
                                    "sequence " + sequence.name(),
                                    "starts at " + sequence.start() + " and counts by " + sequence.increment()
                                            + "; the DSL's sequences count upwards from 1 or more: declare it in a custom migration"));
            body.add("");
            return false;
        }
        scope.imports.add("dev.storium.schema.SequenceDef");
        Chain chain = new Chain(define(scope, "Sequence", sequence.name()));
        if (sequence.start() != 1) {
            chain.call("startWith", String.valueOf(sequence.start()));
        }
        if (sequence.increment() != 1) {
            chain.call("incrementBy", String.valueOf(sequence.increment()));
        }
        body.add("    public static final SequenceDef " + constantFor(sequence.name()) + " = " + chain.inline() + ";");
        body.add("");
        return true;
    }

    private String text(String packageName, String className, List<String> body) {
        StringBuilder text = new StringBuilder();
        if (!packageName.isEmpty()) {
            text.append("package ").append(packageName).append(";\n\n");
        }
        text.append("import static dev.storium.schema.ColumnType.*;\n");
        if (String.join("\n", body).matches("(?s).*\\.(onDelete|onUpdate)\\(.*")) {
            text.append("import static dev.storium.schema.FkAction.*;\n");
        }
        text.append("import static dev.storium.schema.Schema.*;\n\n");
        Set<String> imports = new TreeSet<>(scope.imports);
        imports.add("dev.storium.schema.TableDef");
        if (String.join("\n", body).contains("FkDeferral.")) {
            imports.add("dev.storium.schema.FkDeferral");
        }
        // as the formatter orders them: the project's and libraries' classes, then the JDK's
        imports.stream()
                .filter(name -> !name.startsWith("java."))
                .forEach(name -> text.append("import ").append(name).append(";\n"));
        imports.stream()
                .filter(name -> name.startsWith("java."))
                .forEach(name -> text.append("import ").append(name).append(";\n"));
        text.append("\n/** The schema of the ")
                .append(scope.dialect.key())
                .append(" database as storium:pull read it. */\n");
        text.append("public final class ").append(className).append(" {\n");
        for (String line : body) {
            text.append(line).append('\n');
        }
        text.append("    private ").append(className).append("() {}\n}\n");
        return text.toString();
    }

    /** A constant name for a database name, unique in the class. */
    private String constantFor(String name) {
        String constant = JavaText.constant(name);
        String unique = constant;
        for (int n = 2; !constantNames.add(unique); n++) {
            unique = constant + "_" + n;
        }
        return unique;
    }

    /**
     * The tables in the order they are written: each after the tables its keys reference, where the keys allow;
     * among those free to come next, by name; a cycle is broken at the first table by name.
     */
    static List<Table> ordered(SchemaModel model) {
        Set<String> placed = new LinkedHashSet<>();
        List<Table> order = new ArrayList<>();
        TreeSet<String> remaining = new TreeSet<>(model.tables().keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(name -> model.tables().get(name).foreignKeys().stream()
                            .map(ForeignKey::refTable)
                            .filter(target ->
                                    !target.equals(name) && model.tables().containsKey(target))
                            .allMatch(placed::contains))
                    .findFirst()
                    .orElse(remaining.first());
            remaining.remove(next);
            placed.add(next);
            order.add(model.tables().get(next));
        }
        return order;
    }
}
