package dev.storium.internal.pull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One class pull is writing: its name, the schema whose objects it declares, what it holds so far and what that
 * weighs, and its source text once complete.
 */
final class ClassBody {
    final String name;
    /** The schema whose objects it declares, the empty string for the default one. */
    final String schema;
    /** The name its schema's classes are numbered from. */
    final String base;

    final List<String> enums = new ArrayList<>();
    final List<String> declarations = new ArrayList<>();
    final Set<String> imports = new HashSet<>();
    /** The named schemas its declarations live in, each declared as a constant at its top. */
    final Set<String> schemas = new TreeSet<>();

    int weight;

    ClassBody(String name, String schema, String base) {
        this.name = name;
        this.schema = schema;
        this.base = base;
    }

    /** The weight of declarations: each call and argument, counted as the {@code (} and {@code ,} of their text. */
    static int weight(List<String> lines) {
        int weight = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                weight += c == '(' || c == ',' ? 1 : 0;
            }
        }
        return weight;
    }

    /**
     * The class's source: package, imports, {@code javadoc}, the schema constants (of {@code schemaConstants}, the
     * DSL's {@code DbSchema} type written in full when {@code fullSchemaType}), the enums, then the declarations.
     */
    String text(String packageName, Map<String, String> schemaConstants, boolean fullSchemaType, String javadoc) {
        List<String> lines = new ArrayList<>();
        Set<String> imported = new TreeSet<>(imports);
        String schemaType = fullSchemaType ? "dev.storium.schema.DbSchema" : "DbSchema";
        for (String named : schemas) {
            if (!fullSchemaType) {
                imported.add("dev.storium.schema.DbSchema");
            }
            lines.add("    public static final " + schemaType + " " + schemaConstants.get(named) + " = defineSchema("
                    + JavaText.quote(named) + ");");
            lines.add("");
        }
        lines.addAll(enums);
        lines.addAll(declarations);
        String all = String.join("\n", lines);
        StringBuilder text = new StringBuilder();
        if (!packageName.isEmpty()) {
            text.append("package ").append(packageName).append(";\n\n");
        }
        text.append("import static dev.storium.schema.ColumnType.*;\n");
        if (all.matches("(?s).*\\.(onDelete|onUpdate)\\(.*")) {
            text.append("import static dev.storium.schema.FkAction.*;\n");
        }
        text.append("import static dev.storium.schema.Schema.*;\n\n");
        imported.add("dev.storium.schema.TableDef");
        if (all.contains("FkDeferral.")) {
            imported.add("dev.storium.schema.FkDeferral");
        }
        // as the formatter orders them: the project's and libraries' classes, then the JDK's
        imported.stream()
                .filter(type -> !type.startsWith("java."))
                .forEach(type -> text.append("import ").append(type).append(";\n"));
        imported.stream()
                .filter(type -> type.startsWith("java."))
                .forEach(type -> text.append("import ").append(type).append(";\n"));
        text.append("\n/** ").append(javadoc).append(" */\n");
        text.append("public final class ").append(name).append(" {\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        text.append("    private ").append(name).append("() {}\n}\n");
        return text.toString();
    }
}
