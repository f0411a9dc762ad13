package dev.storium.internal.scan;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.options.SchemaSource;
import dev.storium.schema.SequenceDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import dev.storium.store.StoreDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects the table, view and sequence definitions of a project: public static {@code TableDef}, {@code ViewDef} and
 * {@code SequenceDef} fields of the classes it scans, and the table of each public static {@code StoreDefinition} (a
 * class may define a table inside its store and hold nothing else).
 */
public final class SchemaScan {
    @SuppressWarnings({"unchecked", "rawtypes"}) // the class of a generic type
    private static final Class<StoreDefinition<?>> STORE = (Class) StoreDefinition.class;

    private SchemaScan() {}

    /** The tables in code; none is an error that says where the scan looked and how to point it elsewhere. */
    public static FoundSchemas requireTables(List<String> patterns, SchemaSource source) {
        FoundSchemas found = collect(patterns, source);
        if (found.tables().isEmpty()) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_SCAN,
                    "No table definitions found in " + found.searched() + ". Expected at least one public static"
                            + " final TableDef field. Fix: declare your tables as `public static final TableDef"
                            + " USERS = defineTable(\"users\")...` in a compiled class (run mvn compile), or set"
                            + " `schema` to glob patterns of the classes that hold them, such as com.example.db.*.");
        }
        return found;
    }

    /**
     * The definitions in the classes of {@code source} whose names match {@code patterns} (the {@code schema} setting;
     * empty for all classes). Fails on a class that cannot be initialised and on two definitions of one table; finding
     * none is not an error here.
     */
    public static FoundSchemas collect(List<String> patterns, SchemaSource source) {
        ClassFilter filter = new ClassFilter("schema", patterns);
        Map<Class<?>, List<StaticField<?>>> all = new StaticFieldScan<>(
                        TableDef.class,
                        List.of(ViewDef.class, SequenceDef.class, StoreDefinition.class),
                        filter,
                        source)
                .findAll();
        List<StaticField<TableDef>> fields = new ArrayList<>(of(all, TableDef.class));
        for (StaticField<StoreDefinition<?>> store : of(all, STORE)) {
            fields.add(new StaticField<>(
                    store.className(), store.fieldName(), store.value().table()));
        }
        fields.forEach(field -> checkDefinition(field, () -> field.value().storium()));
        Map<String, StaticField<TableDef>> byName = byName(fields, TableDef::qualifiedName, "Table");
        Map<String, TableDef> tables = new LinkedHashMap<>();
        byName.forEach((name, field) -> tables.put(name, field.value()));
        List<StaticField<ViewDef>> viewFields = of(all, ViewDef.class);
        viewFields.forEach(field -> checkDefinition(field, () -> field.value().storium()));
        Map<String, StaticField<ViewDef>> viewsByName = byName(viewFields, ViewDef::getName, "View");
        Map<String, ViewDef> views = new LinkedHashMap<>();
        viewsByName.forEach((name, field) -> views.put(name, field.value()));
        Map<String, StaticField<SequenceDef>> sequencesByName =
                byName(of(all, SequenceDef.class), SequenceDef::getName, "Sequence");
        Map<String, SequenceDef> sequences = new LinkedHashMap<>();
        sequencesByName.forEach((name, field) -> sequences.put(name, field.value()));
        TreeSet<String> classes = new TreeSet<>();
        sequencesByName.values().forEach(field -> classes.add(field.className()));
        byName.values().forEach(field -> classes.add(field.className()));
        viewsByName.values().forEach(field -> classes.add(field.className()));
        return new FoundSchemas(tables, List.copyOf(classes), searched(filter, source), views, sequences);
    }

    @SuppressWarnings("unchecked") // StaticFieldScan.findAll files the fields of each type under it
    private static <T> List<StaticField<T>> of(Map<Class<?>, List<StaticField<?>>> all, Class<T> type) {
        return (List<StaticField<T>>) (List<?>) all.get(type);
    }

    /**
     * Refuses a table whose definition waits for a fix at its first use (a column that clashes with the automatic
     * timestamps, {@code .timestamps(false)} never called), or a view without a query, naming the field that holds it.
     */
    private static void checkDefinition(StaticField<?> field, Runnable check) {
        try {
            check.run();
        } catch (StoriumException e) {
            throw new StoriumException(e.code(), "Field " + field.where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fields by the name of their value; the same object in two fields counts once, two objects of one name fail.
     */
    static <T> Map<String, StaticField<T>> byName(
            List<StaticField<T>> fields, Function<T, String> nameOf, String what) {
        Map<String, StaticField<T>> byName = new LinkedHashMap<>();
        for (StaticField<T> field : fields) {
            String name = nameOf.apply(field.value());
            StaticField<T> earlier = byName.putIfAbsent(name, field);
            if (earlier != null && earlier.value() != field.value()) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        what + " " + name + " is defined twice: by " + earlier.where() + " and by " + field.where()
                                + ". Fix: keep one definition (refer to it from the other class), or narrow the"
                                + " `schema` patterns to the classes whose definitions you mean.");
            }
        }
        return byName;
    }

    /** Where a scan looks, in words: the class roots (marking missing ones) or the class loader, and the patterns. */
    static String searched(ClassFilter filter, SchemaSource source) {
        String where = source.classRoots().isEmpty()
                ? "the classes visible to " + source.classLoader().getClass().getSimpleName()
                : "the class roots "
                        + source.classRoots().stream().map(SchemaScan::root).collect(Collectors.joining(", "));
        String which = filter.globs().isEmpty()
                ? "every class (`schema` is not set)"
                : "classes matching `schema` " + String.join(", ", filter.globs());
        return where + ", " + which;
    }

    private static String root(Path root) {
        return Files.exists(root) ? root.toString() : root + " (does not exist)";
    }
}
