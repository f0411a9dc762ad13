package dev.storium.maven;

import dev.storium.SchemaSource;
import dev.storium.StoriumException;
import dev.storium.config.ConfigLoader;
import dev.storium.config.StoriumConfig;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every Storium goal shares: the configuration parameters, the skip flag, the class loader over the project's
 * compiled classes, and the mapping of engine failures to build failures.
 */
abstract class AbstractStoriumMojo extends AbstractMojo {
    /**
     * The database dialect: {@code postgresql}, {@code mysql}, {@code sqlite} or {@code memory} (H2 in memory). When
     * unset, it comes from the config file or is inferred from the URL.
     */
    @Parameter(property = "storium.dialect")
    private String dialect;

    /**
     * The database URL: a JDBC URL or the {@code postgres://user:pass@host:5432/db} / {@code mysql://...} forms.
     * Generate and status do not connect; the URL can still decide the dialect.
     */
    @Parameter(property = "storium.url")
    private String url;

    /**
     * Glob patterns over fully qualified class names of the classes that hold table definitions, such as
     * {@code com.example.db.*}. When unset, every class of the project that declares a public static
     * {@code TableDef} field.
     */
    @Parameter(property = "storium.schema")
    private List<String> schema;

    /** The migrations directory. When unset, the config file's {@code out}, else {@code ./migrations}. */
    @Parameter(property = "storium.out")
    private File out;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password are the database
     * credentials; encrypted passwords are decrypted.
     */
    @Parameter(property = "storium.serverId")
    private String serverId;

    /** Skips the goal; it logs one line and does nothing else. */
    @Parameter(property = "storium.skip", defaultValue = "false")
    private boolean skip;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The build session: user properties and settings. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Decrypts server passwords of settings.xml. */
    @Component
    private SettingsDecrypter settingsDecrypter;

    private final String goal;

    AbstractStoriumMojo(String goal) {
        this.goal = goal;
    }

    /** Runs the goal's one engine call. */
    abstract Outcome run(StoriumConfig config, SchemaSource source);

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Storium " + goal + " (storium.skip=true)");
            return;
        }
        try (URLClassLoader loader = projectClassLoader()) {
            StoriumConfig config =
                    ConfigLoader.load(project.getBasedir().toPath(), pluginValues(), properties(), System.getenv());
            Path classes = Path.of(project.getBuild().getOutputDirectory());
            Outcome outcome = run(config, new SchemaSource(loader, List.of(classes)));
            if (!outcome.success()) {
                fail(outcome.message(), outcome.error());
            }
            outcome.message().lines().forEach(getLog()::info);
        } catch (StoriumException e) {
            fail(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not close the class loader of the project classes", e);
        }
    }

    private Map<String, Object> pluginValues() throws MojoFailureException {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "dialect", dialect);
        putIfSet(values, "url", url);
        if (schema != null && !schema.isEmpty()) {
            values.put("schema", List.copyOf(schema));
        }
        putIfSet(values, "out", out == null ? null : out.getPath());
        if (serverId != null && !serverId.isBlank()) {
            Server server = SettingsServer.decrypted(session.getSettings(), settingsDecrypter, serverId);
            putIfSet(values, "dbCredentials.user", server.getUsername());
            putIfSet(values, "dbCredentials.password", server.getPassword());
            getLog().info("Using the database credentials of server '" + serverId + "' from settings.xml (user "
                    + (server.getUsername() == null ? "not set" : server.getUsername()) + ")");
        }
        return values;
    }

    /** System properties overridden by the session's user properties; the loader reads only config keys of them. */
    private Map<String, String> properties() {
        Map<String, String> all = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> all.put(k, System.getProperty(k)));
        session.getUserProperties()
                .stringPropertyNames()
                .forEach(k -> all.put(k, session.getUserProperties().getProperty(k)));
        return all;
    }

    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Could not build the class path of project " + project.getId(), e);
        }
    }

    /** User errors fail the build without a stack trace; the environment's errors keep their cause. */
    private static void fail(String message, StoriumException error)
            throws MojoExecutionException, MojoFailureException {
        String text = message != null ? message : error != null ? error.getMessage() : "Storium failed";
        if (error != null && error.code().isUserError()) {
            throw new MojoFailureException(text);
        }
        throw new MojoExecutionException(text, error);
    }

    private static void putIfSet(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /** The part of a goal's result the build reports: success, the message for people, and the failure. */
    record Outcome(boolean success, String message, StoriumException error) {}
}
