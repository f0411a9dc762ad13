package dev.storium.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that connects and reads the table definitions of the project's classes (status, check, push, seed, diagram). */
abstract class SchemaDatabaseMojo extends DatabaseMojo {
    /**
     * Glob patterns over fully qualified class names of the classes that hold table definitions, such as
     * {@code com.example.db.*}. When unset, every class of the project that declares a public static
     * {@code TableDef} field.
     */
    @Parameter(property = "storium.schema")
    private List<String> schema;

    SchemaDatabaseMojo(String goal, Reporting reporting) {
        super(goal, reporting);
    }

    @Override
    void addValues(Map<String, Object> values) throws MojoFailureException {
        super.addValues(values);
        putSchema(values, schema);
    }
}
