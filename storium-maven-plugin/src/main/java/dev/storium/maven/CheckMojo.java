package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.CheckOptions;
import dev.storium.result.GoalResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the code, the migrations and the database disagree: schema changes in code that no migration
 * holds, an inconsistent migrations directory, and, with a database configured, pending, failed, edited or missing
 * migrations and drift (the database altered by hand). Each finding comes with its fix; destructive statements of
 * pending migrations are warnings. Binds to {@code verify}; reads the compiled classes without forking a compile, so
 * on its own run {@code mvn compile storium:check}. Reads the database only: no lock, no table created.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
public class CheckMojo extends SchemaDatabaseMojo {
    /** Makes destructive statements in pending migrations (drops, narrowings, DELETE, TRUNCATE) fail the check. */
    @Parameter(property = "storium.failOnDestructive", defaultValue = "false")
    private boolean failOnDestructive;

    public CheckMojo() {
        super("check", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        return Storium.check(config, schemaSource(), new CheckOptions(failOnDestructive));
    }
}
