package dev.storium.maven;

import dev.storium.SchemaSource;
import dev.storium.SeedResult;
import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.StoriumConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fills the database with the project's seeds: the classes listed in
 * {@code META-INF/services/dev.storium.seed.Seed}, narrowed by the {@code seeds} patterns, run in name order, each in
 * its own transaction. Before the first seed, the store definitions of the classes matching {@code stores} are
 * registered (with their custom queries) and every other table definition gets a CRUD-only store. The first failing
 * seed stops the run and fails the build; its rows are rolled back. Compiles the project first; apply the migrations
 * before ({@code mvn storium:migrate storium:seed}).
 */
@Mojo(name = "seed", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedMojo extends AbstractStoriumMojo {
    /**
     * Loads seeds and stores from the test classes and test dependencies too, for data only tests need. The test
     * classes must be compiled: run {@code mvn test-compile storium:seed -Dstorium.includeTestClasses=true}.
     */
    @Parameter(property = "storium.includeTestClasses", defaultValue = "false")
    private boolean includeTestClasses;

    /** The project being built (its test class path); named apart from the base class's field. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject buildProject;

    public SeedMojo() {
        super("seed");
    }

    @Override
    Outcome run(StoriumConfig config) throws MojoExecutionException {
        if (!includeTestClasses) {
            return seed(config, schemaSource());
        }
        try (URLClassLoader tests = testClassLoader()) {
            List<Path> roots = List.of(
                    Path.of(buildProject.getBuild().getOutputDirectory()),
                    Path.of(buildProject.getBuild().getTestOutputDirectory()));
            getLog().info("Loading seeds and stores from the test classes too (storium.includeTestClasses=true)");
            return seed(config, new SchemaSource(tests, roots));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the class loader of the test classes", e);
        }
    }

    private static Outcome seed(StoriumConfig config, SchemaSource source) {
        try (StoriumInstance instance = Storium.connect(config)) {
            SeedResult result = Storium.seed(instance, source);
            return Outcome.logged(result.success(), result.message(), result.error());
        }
    }

    private URLClassLoader testClassLoader() {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : buildProject.getTestClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new IllegalStateException(
                    "Could not build the test class path of project " + buildProject.getId(), e);
        }
    }
}
