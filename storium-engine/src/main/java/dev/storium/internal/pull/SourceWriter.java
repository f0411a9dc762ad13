package dev.storium.internal.pull;

import dev.storium.config.Dialect;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A live schema as Java classes of the DSL, one per schema of the database: the default schema's objects in the class
 * of the given name, each named schema's in a class named after it ({@code sales} in {@code SalesSchema}). A class that
 * would exceed {@link #WEIGHT_LIMIT} goes on in another of the same name and the next number ({@code DbSchema2}).
 * Each class holds its enums, then its tables in an order where each key's target comes before it wherever the keys
 * allow, then its views and sequences; each declaration starts with {@link #define}, the one place that says where an
 * object lives.
 *
 * <p>A class names the constants of the classes written before it only ({@code SalesSchema.SALES_ORDERS}); a key to a
 * table written later names that table ({@code references("sales.orders", "id")}), and an enum is declared in the
 * first class that needs it. So no class initialiser reaches a class that reaches back into it, and every constant a
 * class reads is set, whichever class the JVM initialises first.
 */
public final class SourceWriter {
    /**
     * The most a class may weigh: the calls and arguments of its declarations, counted as each {@code (} and
     * {@code ,} of their text. The JVM refuses a static initialiser of more than 65,535 bytes ("code too large"); pulled
     * tables take 4.2 to 4.7 bytes of it per unit (measured with javac 17 on 800 PostgreSQL tables: a table of seven
     * columns, a key, a check and two indexes weighs 45 units and about 210 bytes, and javac fails between 300 and 400 of
     * them; one of fifteen plain columns 50 units and 210 bytes). 6,000 units is about 28 KB, under half the limit,
     * which leaves room for declarations that cost more per unit, such as an enum's values at about 7 bytes each.
     */
    static final int WEIGHT_LIMIT = 6_000;

    private final Scope scope;
    private final int weightLimit;
    private final Set<String> constantNames = new HashSet<>();
    private final List<ClassBody> classes = new ArrayList<>();
    private final Set<String> classNames = new HashSet<>();
    private final Map<String, String> viewConstants = new HashMap<>();
    private final Map<String, String> sequenceConstants = new HashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private ClassBody current;

    private SourceWriter(Dialect dialect, ExactReading reading, int weightLimit) {
        this.scope = new Scope(dialect, reading);
        this.weightLimit = weightLimit;
    }

    /**
     * The classes declaring every table, view and sequence of the reading, in {@code packageName}: the default schema's
     * in {@code className}, each named schema's in its own.
     */
    public static PulledSource write(ExactReading reading, Dialect dialect, String packageName, String className) {
        return write(reading, dialect, packageName, className, WEIGHT_LIMIT);
    }

    /** As {@link #write(ExactReading, Dialect, String, String)}, with classes of at most {@code weightLimit}. */
    static PulledSource write(
            ExactReading reading, Dialect dialect, String packageName, String className, int weightLimit) {
        return new SourceWriter(dialect, reading, weightLimit).source(packageName, className);
    }

    private PulledSource source(String packageName, String className) {
        SchemaModel model = scope.reading.model();
        for (String schema : model.schemas()) {
            scope.schemas.put(schema, constantFor(schema));
        }
        Map<String, List<Table>> bySchema = new TreeMap<>();
        model.tables()
                .values()
                .forEach(table -> bySchema.computeIfAbsent(schemaOf(table.name()), s -> new ArrayList<>())
                        .add(table));
        List<String> schemaOrder = schemaOrder(model, bySchema);
        Map<String, List<Table>> tables = new LinkedHashMap<>();
        for (String schema : schemaOrder) {
            Map<String, Table> own = new LinkedHashMap<>();
            bySchema.getOrDefault(schema, List.of()).forEach(table -> own.put(table.name(), table));
            tables.put(schema, ordered(own));
        }
        for (List<Table> list : tables.values()) {
            for (Table table : list) {
                scope.keys.put(table.name(), TableWriter.keys(table));
                scope.constants.put(table.name(), constantFor(table.name()));
            }
        }
        model.views().keySet().forEach(name -> viewConstants.put(name, constantFor(name)));
        model.sequences().keySet().forEach(name -> sequenceConstants.put(name, constantFor(name)));
        for (String schema : schemaOrder) {
            open(schema, schema.isEmpty() ? className : JavaText.className(schema) + "Schema");
            for (EnumType type : model.enums().values()) {
                if (schemaOf(type.name()).equals(schema) && !scope.enums.containsKey(type)) {
                    enumType(type);
                }
            }
            for (Table table : tables.get(schema)) {
                table.columns().stream()
                        .map(Column::enumType)
                        .filter(type -> type != null && !scope.enums.containsKey(type))
                        .distinct()
                        .forEach(this::enumType);
                add(() -> TableWriter.write(table, scope));
                scope.classes.put(table.name(), current.name);
                scope.declared.add(table.name());
            }
            model.views().values().stream()
                    .filter(view -> schemaOf(view.name()).equals(schema))
                    .forEach(view -> add(() -> view(view)));
            model.sequences().values().stream()
                    .filter(sequence -> schemaOf(sequence.name()).equals(schema))
                    .forEach(sequence -> add(() -> sequence(sequence)));
            close();
        }
        SchemaModel written = new SchemaModel(scope.written, views, sequences);
        // the DSL's own DbSchema type is written in full where a pulled class has that name
        boolean fullSchemaType = classNames.contains("DbSchema");
        List<PulledSource.PulledClass> sources = classes.stream()
                .filter(body -> !body.enums.isEmpty() || !body.declarations.isEmpty())
                .map(body -> new PulledSource.PulledClass(
                        packageName, body.name, body.text(packageName, scope.schemas, fullSchemaType, javadoc(body))))
                .toList();
        return new PulledSource(sources, written, scope.warnings);
    }

    /** The schema of a database name, the empty string for the default one. */
    private static String schemaOf(String name) {
        return QualifiedNames.schema(name).orElse("");
    }

    /**
     * The schemas in the order their classes are written: each after the schemas its tables' keys reference, where
     * the keys allow; among those free to come next, the default schema first, then by name.
     */
    private static List<String> schemaOrder(SchemaModel model, Map<String, List<Table>> bySchema) {
        Map<String, Set<String>> needs = new TreeMap<>();
        Stream.concat(
                        Stream.of(""),
                        Stream.of(
                                        model.schemas().stream(),
                                        model.views().keySet().stream().map(SourceWriter::schemaOf),
                                        model.sequences().keySet().stream().map(SourceWriter::schemaOf))
                                .flatMap(s -> s))
                .forEach(schema -> needs.put(schema, new TreeSet<>()));
        bySchema.forEach((schema, list) -> list.forEach(table -> table.foreignKeys().stream()
                .map(key -> schemaOf(key.refTable()))
                .filter(target -> !target.equals(schema))
                .forEach(needs.get(schema)::add)));
        return placed(needs);
    }

    /**
     * The names of {@code needs} in an order where each comes after the names it needs, where the needs allow; among
     * those free to come next, by name; a cycle is broken at the first by name.
     */
    private static List<String> placed(Map<String, Set<String>> needs) {
        Set<String> placed = new LinkedHashSet<>();
        TreeSet<String> remaining = new TreeSet<>(needs.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(name ->
                            needs.get(name).stream().filter(needs::containsKey).allMatch(placed::contains))
                    .findFirst()
                    .orElse(remaining.first());
            remaining.remove(next);
            placed.add(next);
        }
        return List.copyOf(placed);
    }

    /** Starts the class of a schema, named {@code base} or, when that name is taken, the next free number after it. */
    private void open(String schema, String base) {
        String name = base;
        for (int n = 2; !classNames.add(name); n++) {
            name = base + n;
        }
        current = new ClassBody(name, schema, base);
        classes.add(current);
        scope.current = name;
        scope.imports = current.imports;
        scope.schemasUsed = current.schemas;
    }

    private void close() {
        current = null;
    }

    /**
     * Adds the declaration {@code write} makes to the class being written; when that would make the class weigh more
     * than the limit, the declaration goes into a new class of the same schema instead, written again for it (what
     * the first writing warned of and imported is taken back).
     */
    private void add(Supplier<List<String>> write) {
        int warned = scope.warnings.size();
        Set<String> imports = new HashSet<>(current.imports);
        Set<String> schemas = new TreeSet<>(current.schemas);
        List<String> lines = write.get();
        int weight = ClassBody.weight(lines);
        if (current.weight > 0 && current.weight + weight > weightLimit) {
            scope.warnings.subList(warned, scope.warnings.size()).clear();
            current.imports.retainAll(imports);
            current.schemas.retainAll(schemas);
            open(current.schema, current.base);
            lines = write.get();
            weight = ClassBody.weight(lines);
        }
        current.declarations.addAll(lines);
        current.declarations.add("");
        current.weight += weight;
    }

    /**
     * Where each declaration starts: {@code defineTable("orders")}, or {@code SALES.defineTable("orders")} for
     * {@code sales.orders}, an object of the named schema {@code sales} (declared at the top of the class, which this
     * records), with the {@code more} arguments after the name, one a line when {@code wrapped}.
     */
    static String define(Scope scope, String kind, String name, boolean wrapped, String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add(JavaText.quote(QualifiedNames.local(name)));
        arguments.addAll(List.of(more));
        QualifiedNames.schema(name).ifPresent(scope.schemasUsed::add);
        String schema =
                QualifiedNames.schema(name).map(s -> scope.schemas.get(s) + ".").orElse("");
        String indent = wrapped ? "\n            " : "";
        return schema + "define" + kind + "(" + indent + String.join("," + (wrapped ? indent : " "), arguments) + ")";
    }

    static String define(Scope scope, String kind, String name) {
        return define(scope, kind, name, false);
    }

    /** Declares an enum in the class being written, at its top: the first class that needs it. */
    private void enumType(EnumType type) {
        String constant = constantFor(type.name());
        scope.enums.put(type, constant);
        scope.classes.put(type, current.name);
        scope.imports.add("dev.storium.schema.EnumDef");
        String[] values = type.values().stream().map(JavaText::quote).toArray(String[]::new);
        String start = "    public static final EnumDef " + constant + " = ";
        String line = start + define(scope, "Enum", type.name(), false, values) + ";";
        List<String> lines = List.of(
                line.length() > Chain.WIDTH ? start + define(scope, "Enum", type.name(), true, values) + ";" : line);
        current.enums.addAll(lines);
        current.enums.add("");
        current.weight += ClassBody.weight(lines);
    }

    private List<String> view(View view) {
        scope.imports.add("dev.storium.schema.ViewDef");
        List<String> body = new ArrayList<>();
        body.add("    public static final ViewDef " + viewConstants.get(view.name()) + " = "
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
        views.put(view.name(), new View(view.name(), definition, List.of(), view.materialized()));
        return body;
    }

    private List<String> sequence(Sequence sequence) {
        if (sequence.start() < 1 || sequence.increment() < 1) {
            return List.of(
                    "    // "
                            + scope.warn(
                                    "sequence " + sequence.name(),
                                    "starts at " + sequence.start() + " and counts by " + sequence.increment()
                                            + "; the DSL's sequences count upwards from 1 or more: declare it in a custom migration"));
        }
        scope.imports.add("dev.storium.schema.SequenceDef");
        Chain chain = new Chain(define(scope, "Sequence", sequence.name()));
        if (sequence.start() != 1) {
            chain.call("startWith", String.valueOf(sequence.start()));
        }
        if (sequence.increment() != 1) {
            chain.call("incrementBy", String.valueOf(sequence.increment()));
        }
        sequences.put(sequence.name(), sequence);
        return List.of("    public static final SequenceDef " + sequenceConstants.get(sequence.name()) + " = "
                + chain.inline() + ";");
    }

    /** What a class holds, in one sentence. */
    private String javadoc(ClassBody body) {
        String database = " of the " + scope.dialect.key() + " database as storium:pull read it";
        String what = body.schema.isEmpty()
                ? (classes.stream().anyMatch(c -> !c.schema.isEmpty()) ? "The default schema" : "The schema")
                : "Schema " + body.schema;
        String part = body.name.equals(firstOf(body))
                ? ""
                : ", continued from " + firstOf(body) + " (one class would be" + " too large for Java)";
        return what + database + part + ".";
    }

    /** The name of the first class of a class's schema. */
    private String firstOf(ClassBody body) {
        return classes.stream()
                .filter(c -> c.schema.equals(body.schema))
                .findFirst()
                .orElseThrow()
                .name;
    }

    /** A constant name for a database name, unique in the classes. */
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
    static List<Table> ordered(Map<String, Table> tables) {
        Map<String, Set<String>> needs = new TreeMap<>();
        tables.forEach((name, table) -> needs.put(
                name,
                table.foreignKeys().stream()
                        .map(ForeignKey::refTable)
                        .filter(target -> !target.equals(name))
                        .collect(Collectors.toSet())));
        return placed(needs).stream().map(tables::get).toList();
    }
}
