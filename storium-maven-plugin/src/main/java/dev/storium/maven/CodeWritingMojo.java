package dev.storium.maven;

import dev.storium.options.PullOptions;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that writes the database's schema as Java classes of the DSL, as pull does (pull, and adopt from Flyway):
 * where they go and which tables they hold.
 */
abstract class CodeWritingMojo extends DatabaseMojo {
    /** The package of the classes written, such as {@code com.example.db}; empty for the default package. */
    @Parameter(property = "storium.packageName", defaultValue = "")
    private String packageName;

    /**
     * The simple name of the class of the default schema; each named schema's class is named after it
     * ({@code SalesSchema}), and a class too large for Java goes on in the next number ({@code DbSchema2}).
     */
    @Parameter(property = "storium.className", defaultValue = PullOptions.DEFAULT_CLASS_NAME)
    private String className;

    /** The source root the classes are written under, in their package's directories. */
    @Parameter(property = "storium.sourceDirectory", defaultValue = "${project.basedir}/src/main/java")
    private File sourceDirectory;

    /** Table-name patterns to write ({@code *} and {@code ?} wildcards), comma-separated; every table when unset. */
    @Parameter(property = "storium.includeTables")
    private List<String> includeTables;

    /** Table-name patterns left out, after {@code includeTables}. */
    @Parameter(property = "storium.excludeTables")
    private List<String> excludeTables;

    /** Overwrites the class files that exist; without it the goal stops and writes nothing. */
    @Parameter(property = "storium.force", defaultValue = "false")
    private boolean force;

    CodeWritingMojo(String goal, Reporting reporting) {
        super(goal, reporting);
    }

    /** The options of the code written, with {@code baseline} for pull's option of that name. */
    PullOptions codeOptions(boolean baseline) {
        return new PullOptions(
                includeTables, excludeTables, packageName, className, sourceDirectory.toPath(), force, baseline);
    }
}
