package dev.storium.internal.scan;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.options.SchemaSource;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassGraphException;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeSignature;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the public static fields of one type (or of a few, in one pass) in the classes of a {@link SchemaSource} that
 * a {@link ClassFilter} accepts. Class files are read without loading; only classes that declare such a field are
 * loaded, through the source's class loader, and initialised.
 */
public final class StaticFieldScan<T> {
    private final Class<T> type;
    private final List<Class<?>> types;
    private final ClassFilter filter;
    private final SchemaSource source;

    /** A scan for public static fields of {@code type} in the classes of {@code source} that {@code filter} accepts. */
    public StaticFieldScan(Class<T> type, ClassFilter filter, SchemaSource source) {
        this(type, List.of(), filter, source);
    }

    /**
     * A scan for public static fields of {@code type} and of the {@code others}, found in one pass over the class files
     * (see {@link #findAll()}).
     */
    StaticFieldScan(Class<T> type, List<Class<?>> others, ClassFilter filter, SchemaSource source) {
        this.type = type;
        List<Class<?>> all = new ArrayList<>();
        all.add(type);
        all.addAll(others);
        this.types = List.copyOf(all);
        this.filter = filter;
        this.source = source;
    }

    /** The fields found, ordered by class name, then declaration. */
    @SuppressWarnings("unchecked") // findAll files the fields of each type under it
    public List<StaticField<T>> find() {
        return (List<StaticField<T>>) (List<?>) findAll().get(type);
    }

    /** The fields of each type the scan looks for, each list ordered by class name, then declaration. */
    Map<Class<?>, List<StaticField<?>>> findAll() {
        Map<Class<?>, List<StaticField<?>>> found = new LinkedHashMap<>();
        types.forEach(t -> found.put(t, new ArrayList<>()));
        for (String className : candidates()) {
            Class<?> loaded = load(className);
            for (Class<?> t : types) {
                found.get(t).addAll(fieldsOf(loaded, t));
            }
        }
        return found;
    }

    /** The names of the accepted classes whose class files declare a public static field of the type, sorted. */
    private List<String> candidates() {
        List<Path> roots = source.classRoots().stream().filter(Files::exists).collect(Collectors.toList());
        if (!source.classRoots().isEmpty() && roots.isEmpty()) {
            return List.of();
        }
        ClassGraph graph = new ClassGraph().enableClassInfo().enableFieldInfo().ignoreClassVisibility();
        if (roots.isEmpty()) {
            graph.overrideClassLoaders(source.classLoader());
        } else {
            graph.overrideClasspath(roots);
        }
        List<String> packages = filter.packages();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(new String[0]));
        }
        try (ScanResult result = graph.scan()) {
            return result.getAllClasses().stream()
                    .filter(c -> filter.matches(c.getName()))
                    .filter(this::declaresField)
                    .map(ClassInfo::getName)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (ClassGraphException e) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_SCAN,
                    "Scanning the classes for " + type.getSimpleName() + " fields failed: " + e.getMessage()
                            + ". Fix: check that the class roots " + source.classRoots() + " hold readable class"
                            + " files or jars (run mvn compile).",
                    e);
        }
    }

    private boolean declaresField(ClassInfo classInfo) {
        for (FieldInfo field : classInfo.getDeclaredFieldInfo()) {
            if (field.isStatic() && field.isPublic() && isOfType(field.getTypeDescriptor())) {
                return true;
            }
        }
        return false;
    }

    private boolean isOfType(TypeSignature signature) {
        return signature instanceof ClassRefTypeSignature
                && types.stream()
                        .anyMatch(t -> ((ClassRefTypeSignature) signature)
                                .getFullyQualifiedClassName()
                                .equals(t.getName()));
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, true, source.classLoader());
        } catch (ExceptionInInitializerError e) {
            throw initialisationFailed(className, e.getCause() == null ? e : e.getCause());
        } catch (NoClassDefFoundError e) {
            if (String.valueOf(e.getMessage()).startsWith("Could not initialize class")) {
                throw initialisationFailed(className, earlierFailure(e));
            }
            throw loadFailed(className, e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw loadFailed(className, e);
        }
    }

    /** The cause of an initialisation that failed before in this class loader, as recent JDKs record it. */
    private static Throwable earlierFailure(NoClassDefFoundError e) {
        Throwable cause = e.getCause();
        if (cause instanceof ExceptionInInitializerError && cause.getCause() != null) {
            return cause.getCause();
        }
        return cause != null
                ? cause
                : new IllegalStateException("its initialisation already failed earlier in this JVM, which did not"
                        + " keep the cause; run the goal in a new JVM to see it");
    }

    private static StoriumException initialisationFailed(String className, Throwable cause) {
        String reason = describe(cause);
        String fix = reason.contains("Fix:") ? "." : ". Fix the definition named here, then run the goal again.";
        return new StoriumException(
                ErrorCode.SCHEMA_DEFINITION,
                "Class " + className + " could not be initialised: " + reason + fix,
                cause);
    }

    private static StoriumException loadFailed(String className, Throwable e) {
        return new StoriumException(
                ErrorCode.SCHEMA_SCAN,
                "Class " + className + " could not be loaded: " + describe(e) + ". Fix: make sure the project is"
                        + " compiled (mvn compile) and that the class's dependencies are on its class path.",
                e);
    }

    private static <X> List<StaticField<X>> fieldsOf(Class<?> loaded, Class<X> type) {
        List<StaticField<X>> found = new ArrayList<>();
        for (Field field : loaded.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers)
                    || !Modifier.isPublic(modifiers)
                    || !field.getType().getName().equals(type.getName())) {
                continue;
            }
            String where = loaded.getName() + "." + field.getName();
            if (field.getType() != type) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_SCAN,
                        "Field " + where + " is a " + type.getName() + " loaded by another class loader than"
                                + " Storium's own, so Storium cannot read it. Fix: depend on one storium-engine"
                                + " version only, the one of the storium-maven-plugin you run.");
            }
            found.add(new StaticField<>(loaded.getName(), field.getName(), type.cast(value(field, where))));
        }
        return found;
    }

    private static Object value(Field field, String where) {
        Object value;
        try {
            field.setAccessible(true);
            value = field.get(null);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_SCAN,
                    "Field " + where + " cannot be read: " + describe(e) + ". Fix: declare it public static final"
                            + " in a public class.",
                    e);
        }
        if (value == null) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Field " + where + " is null after its class was initialised. Fix: assign the definition where"
                            + " the field is declared, and make sure definitions that reference each other are"
                            + " declared in order (a field used before it is assigned reads null).");
        }
        return value;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String text = message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
