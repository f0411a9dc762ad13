package dev.storium.options;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where table definitions are looked for: the class loader that loads them and the class-path roots (directories or
 * jars) whose classes are scanned. An empty root list scans everything the class loader sees.
 */
public record SchemaSource(ClassLoader classLoader, List<Path> classRoots) {
    public SchemaSource {
        Objects.requireNonNull(classLoader, "classLoader");
        classRoots = List.copyOf(classRoots);
    }

    /** Scans every class the loader can see; the runtime default. */
    public static SchemaSource of(ClassLoader classLoader) {
        return new SchemaSource(classLoader, List.of());
    }
}
