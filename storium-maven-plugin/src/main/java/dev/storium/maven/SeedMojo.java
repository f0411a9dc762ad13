package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.result.GoalResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fills the database with the project's seeds: the classes listed in
 * {@code META-INF/services/dev.storium.seed.Seed}, narrowed by the {@code seeds} patterns, run in name order, each in
 * its own transaction. Before the first seed, the store definitions of the classes matching {@code stores} are
 * registered (with their custom queries) and every other table definition gets a CRUD-only store. The first failing
 * seed stops the run and fails the build; its rows are rolled back. Compiles the project first; apply the migrations
 * before ({@code mvn storium:migrate storium:seed}).
 */
@Mojo(
        name = "seed",
        requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedMojo extends SchemaDatabaseMojo {
    /**
     * Loads seeds and stores from the test classes and test dependencies too, for data only tests need. The test
     * classes must be compiled: run {@code mvn test-compile storium:seed -Dstorium.includeTestClasses=true}.
     */
    @Parameter(property = "storium.includeTestClasses", defaultValue = "false")
    private boolean includeTestClasses;

    public SeedMojo() {
        super("seed", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        if (includeTestClasses) {
            getLog().info("Loading seeds and stores from the test classes too (storium.includeTestClasses=true)");
        }
        SchemaSource source = schemaSource(includeTestClasses);
        try (StoriumInstance instance = Storium.connect(config)) {
            return Storium.seed(instance, source);
        }
    }
}
