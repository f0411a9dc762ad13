package dev.storium.options;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Options of one pull run.
 *
 * @param includeTables glob patterns over table names ({@code *} any run of characters, {@code ?} one); empty for every
 *     table
 * @param excludeTables glob patterns over table names left out, after {@code includeTables}
 * @param packageName the package of the class written, such as {@code com.example.db}; empty for the default package
 * @param className the simple name of the class written, such as {@code DbSchema}
 * @param sourceDirectory the source root the class goes under (its package's directories are made there)
 * @param force overwrite a class file that exists; without it an existing file stops pull, untouched
 * @param baseline record the baseline migration {@code 0000} as applied in the pulled database's history
 */
public record PullOptions(
        List<String> includeTables,
        List<String> excludeTables,
        String packageName,
        String className,
        Path sourceDirectory,
        boolean force,
        boolean baseline) {
    /** The class name pull writes unless told otherwise. */
    public static final String DEFAULT_CLASS_NAME = "DbSchema";

    public PullOptions {
        includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
        packageName = packageName == null ? "" : packageName.strip();
        className = className == null || className.isBlank() ? DEFAULT_CLASS_NAME : className.strip();
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    }
}
