package dev.storium.internal.seed;

import dev.storium.ErrorCode;
import dev.storium.SchemaSource;
import dev.storium.StoriumException;
import dev.storium.store.StoreDefinition;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassGraphException;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the public static {@link StoreDefinition} fields of the classes matching the {@code stores} setting. Class
 * files are read without loading; only classes that declare such a field are loaded and initialised.
 */
final class StoreFields {
    private StoreFields() {}

    /** A store definition and the field that holds it ({@code com.example.UserStore.USER_STORE}). */
    record Found(String where, StoreDefinition<?> definition) {}

    /** The definitions found, ordered by class name, then declaration. */
    static List<Found> find(ClassGlob filter, SchemaSource source) {
        List<Found> found = new ArrayList<>();
        for (String className : candidates(filter, source)) {
            found.addAll(fieldsOf(load(className, source.classLoader())));
        }
        return found;
    }

    private static List<String> candidates(ClassGlob filter, SchemaSource source) {
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
        try (var result = graph.scan()) {
            return result.getAllClasses().stream()
                    .filter(c -> filter.matches(c.getName()))
                    .filter(StoreFields::declaresDefinition)
                    .map(ClassInfo::getName)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (ClassGraphException e) {
            throw new StoriumException(
                    ErrorCode.SCHEMA_SCAN,
                    "Scanning the classes for StoreDefinition fields failed: " + e.getMessage()
                            + ". Fix: check that the class roots " + source.classRoots() + " hold readable class"
                            + " files or jars (run mvn compile).",
                    e);
        }
    }

    private static boolean declaresDefinition(ClassInfo classInfo) {
        for (FieldInfo field : classInfo.getDeclaredFieldInfo()) {
            if (field.isStatic()
                    && field.isPublic()
                    && field.getTypeDescriptor() instanceof ClassRefTypeSignature
                    && ((ClassRefTypeSignature) field.getTypeDescriptor())
                            .getFullyQualifiedClassName()
                            .equals(StoreDefinition.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            throw new StoriumException(
                    ErrorCode.SCHEMA_DEFINITION,
                    "Store class " + className + " could not be loaded or initialised: " + cause
                            + ". Fix the definition named here (or narrow the `stores` patterns), then run again.",
                    cause);
        }
    }

    private static List<Found> fieldsOf(Class<?> loaded) {
        List<Found> found = new ArrayList<>();
        for (Field field : loaded.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers)
                    || !Modifier.isPublic(modifiers)
                    || field.getType() != StoreDefinition.class) {
                continue;
            }
            String where = loaded.getName() + "." + field.getName();
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(null);
            } catch (IllegalAccessException | RuntimeException e) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_SCAN,
                        "Field " + where + " cannot be read: " + e + ". Fix: declare it public static final in a"
                                + " public class.",
                        e);
            }
            if (value == null) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "Field " + where + " is null after its class was initialised. Fix: assign the store"
                                + " definition where the field is declared.");
            }
            found.add(new Found(where, (StoreDefinition<?>) value));
        }
        return found;
    }
}
