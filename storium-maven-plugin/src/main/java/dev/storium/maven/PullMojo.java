package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.PullOptions;
import dev.storium.result.GoalResult;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the configured database and writes its schema as a Java class of the DSL ({@code public static final TableDef}
 * constants, enums, views, sequences), with the baseline migration {@code 0000} that creates that schema on an empty
 * database. Warns about each thing of the database the code cannot hold. Refuses to overwrite the class without
 * {@code storium.force}, and a migrations directory that is not empty.
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends AbstractStoriumMojo {
    /** The package of the class written, such as {@code com.example.db}; empty for the default package. */
    @Parameter(property = "storium.packageName", defaultValue = "")
    private String packageName;

    /** The simple name of the class written. */
    @Parameter(property = "storium.className", defaultValue = PullOptions.DEFAULT_CLASS_NAME)
    private String className;

    /** The source root the class is written under, in its package's directories. */
    @Parameter(property = "storium.sourceDirectory", defaultValue = "${project.basedir}/src/main/java")
    private File sourceDirectory;

    /** Table-name patterns to pull ({@code *} and {@code ?} wildcards), comma-separated; every table when unset. */
    @Parameter(property = "storium.includeTables")
    private List<String> includeTables;

    /** Table-name patterns left out, after {@code includeTables}. */
    @Parameter(property = "storium.excludeTables")
    private List<String> excludeTables;

    /** Overwrites the class when its file exists; without it pull stops and writes nothing. */
    @Parameter(property = "storium.force", defaultValue = "false")
    private boolean force;

    /** Records the baseline migration {@code 0000} as applied in the pulled database's history. */
    @Parameter(property = "storium.baseline", defaultValue = "false")
    private boolean baseline;

    public PullMojo() {
        super("pull", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        PullOptions options = new PullOptions(
                includeTables, excludeTables, packageName, className, sourceDirectory.toPath(), force, baseline);
        return Storium.pull(config, options);
    }
}
