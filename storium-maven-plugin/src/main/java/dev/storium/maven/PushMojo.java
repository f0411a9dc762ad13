package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.PushOptions;
import dev.storium.result.GoalResult;
import dev.storium.result.PushResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Syncs a development database with the code directly, without migration files: reads the live schema, diffs it
 * against the table definitions in the project's compiled classes, prints the statements and applies them. Changes
 * that lose data are refused unless {@code storium.force} is set. Compiles the project first. For production
 * databases use generate and migrate.
 */
@Mojo(
        name = "push",
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
@Execute(phase = LifecyclePhase.COMPILE)
public class PushMojo extends SchemaDatabaseMojo {
    /**
     * Applies changes that lose data: dropped tables and columns, narrowed types, and NOT NULL columns without a
     * default added to a table with rows. Prefer a {@code renamedFrom} hint when a column or table was renamed.
     */
    @Parameter(property = "storium.force", defaultValue = "false")
    private boolean force;

    /** Prints the statements push would run without changing the database. */
    @Parameter(property = "storium.dryRun", defaultValue = "false")
    private boolean dryRun;

    public PushMojo() {
        super("push", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        PushResult result = Storium.push(config, schemaSource(), new PushOptions(force, dryRun));
        return result;
    }
}
