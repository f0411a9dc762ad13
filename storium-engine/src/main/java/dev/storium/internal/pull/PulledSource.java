package dev.storium.internal.pull;

import dev.storium.internal.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * The Java classes pull writes for one schema reading: one class per schema of the database (the default one and each
 * named one), a schema whose class would be too large split into several.
 *
 * @param classes the classes, in the order a reference between them goes back: a class names constants of the classes
 *     before it only
 * @param model the schema those classes declare (as {@code Models} will read them once compiled): what the baseline
 *     migration's snapshot holds
 * @param warnings what of the database the source cannot hold as the database has it, each with where and why
 */
public record PulledSource(List<PulledClass> classes, SchemaModel model, List<String> warnings) {
    public PulledSource {
        classes = List.copyOf(classes);
        Objects.requireNonNull(model, "model");
        warnings = List.copyOf(warnings);
    }

    /**
     * One class of the source.
     *
     * @param packageName the package, empty for none
     * @param className the class's simple name
     * @param text the source text
     */
    public record PulledClass(String packageName, String className, String text) {
        public PulledClass {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(text, "text");
        }

        /** The file's path under a source root: {@code com/example/db/DbSchema.java}. */
        public String relativePath() {
            return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
        }
    }
}
