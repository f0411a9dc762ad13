package dev.storium.internal.pull;

import dev.storium.internal.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * One Java class that pull writes.
 *
 * @param packageName the package, empty for none
 * @param className the class's simple name
 * @param text the source text
 * @param model the schema that source declares (as {@code Models} will read it once compiled): what the baseline
 *     migration's snapshot holds
 * @param warnings what of the database the source cannot hold as the database has it, each with where and why
 */
public record PulledSource(
        String packageName, String className, String text, SchemaModel model, List<String> warnings) {
    public PulledSource {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    /** The file's path under a source root: {@code com/example/db/DbSchema.java}. */
    public String relativePath() {
        return relativePath(packageName, className);
    }

    /** The path of a class's file under a source root. */
    static String relativePath(String packageName, String className) {
        return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
    }
}
