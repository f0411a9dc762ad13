package dev.storium.maven;

import dev.storium.config.ConfigLoader;
import dev.storium.config.StoriumConfig;
import dev.storium.error.StoriumException;
import dev.storium.options.SchemaSource;
import dev.storium.result.GoalResult;
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
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Storium goal shares: the parameters every goal reads (the dialect, the URL that can decide it, the
 * migrations directory, the skip flag), the check of the plugin configuration's names, the class loader over the
 * project's compiled classes (built only for goals that read them), and the mapping of engine failures to build
 * failures. The goals that connect extend {@link DatabaseMojo}, which adds the credentials.
 */
abstract class AbstractStoriumMojo extends AbstractMojo {
    /**
     * The database dialect: {@code postgresql}, {@code mysql}, {@code sqlite} or {@code memory} (H2 in memory). When
     * unset, it comes from the config file or is inferred from the URL.
     */
    @Parameter(property = "storium.dialect")
    private String dialect;

    /**
     * The database URL: a JDBC URL or the {@code postgres://user:pass@host:5432/db} / {@code mysql://...} forms. Every
     * goal reads it, since it decides the dialect when {@code dialect} is unset; generate and rehash do not connect.
     * Shown with its password masked, in {@code mvn -X} too; a password written inside it is warned about.
     */
    @Parameter(property = "storium.url")
    private MaskedUrl url;

    /** The migrations directory. When unset, the config file's {@code out}, else {@code ./migrations}. */
    @Parameter(property = "storium.out")
    private File out;

    /** Skips the goal; it logs one line and does nothing else. */
    @Parameter(property = "storium.skip", defaultValue = "false")
    private boolean skip;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The build session: user properties and settings. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This run of the goal, for the plugin's descriptor and its configuration. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    private final String goal;

    private final Reporting reporting;

    /** The loader over the project's classes, opened by the first {@link #schemaSource} of a run. */
    private URLClassLoader loader;

    AbstractStoriumMojo(String goal, Reporting reporting) {
        this.goal = goal;
        this.reporting = reporting;
    }

    /** Runs the goal's one engine call. */
    abstract GoalResult run(StoriumConfig config) throws MojoExecutionException;

    /** What the build log gets of a result besides a failure, which always fails the build with its message. */
    enum Reporting {
        /** The warnings at WARN, then the message at INFO. */
        LOG_RESULT,
        /**
         * Nothing more: the report is out already. The goals that change a database log each step through the engine
         * as they run (as they do inside applications), and status in JSON prints to standard output.
         */
        FAILURE_ONLY
    }

    /** What this run logs of its result; a goal whose report goes elsewhere in some runs overrides it. */
    Reporting reporting() {
        return reporting;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Storium " + goal + " (storium.skip=true)");
            return;
        }
        UnknownParameters.check(project, mojoExecution);
        try {
            if ("pom".equals(project.getPackaging())
                    && ConfigLoader.configFile(project.getBasedir().toPath(), System.getenv())
                            .isEmpty()) {
                getLog().info("Skipping Storium " + goal + " in " + project.getArtifactId() + ": a project of packaging"
                        + " pom has no classes and no storium.config.* of its own (its modules run the goal)");
                return;
            }
            StoriumConfig config =
                    ConfigLoader.load(project.getBasedir().toPath(), pluginValues(), properties(), System.getenv());
            beforeRun(config);
            GoalResult result = run(config);
            boolean log = reporting() == Reporting.LOG_RESULT;
            if (log) {
                result.warnings().forEach(getLog()::warn);
            }
            if (!result.success()) {
                fail(result.message(), result.error());
            }
            if (log) {
                result.message().lines().forEach(getLog()::info);
                afterReport().ifPresent(getLog()::info);
            }
        } catch (StoriumException e) {
            fail(e.getMessage(), e);
        } finally {
            closeLoader();
        }
    }

    /** The project's compiled classes and compile class path, where table definitions are looked for. */
    SchemaSource schemaSource() throws MojoExecutionException {
        return schemaSource(false);
    }

    /**
     * The project's compiled classes and compile class path, with {@code tests} also its test classes and test class
     * path (which the goal must resolve: {@code requiresDependencyResolution = TEST}).
     */
    SchemaSource schemaSource(boolean tests) throws MojoExecutionException {
        if (loader == null) {
            loader = projectClassLoader(tests);
        }
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of(project.getBuild().getOutputDirectory()));
        if (tests) {
            roots.add(Path.of(project.getBuild().getTestOutputDirectory()));
        }
        return new SchemaSource(loader, roots);
    }

    private void closeLoader() throws MojoExecutionException {
        if (loader == null) {
            return;
        }
        try {
            loader.close();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not close the class loader of the project classes", e);
        } finally {
            loader = null;
        }
    }

    private Map<String, Object> pluginValues() throws MojoFailureException {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "dialect", dialect);
        putIfSet(values, "url", url == null ? null : url.value());
        putIfSet(values, "out", out == null ? null : out.getPath());
        if (url != null && url.holdsPassword()) {
            warnAboutPassword(
                    givenAsProperty("storium.url")
                            ? "inside -Dstorium.url"
                            : "inside the <url> of the plugin configuration");
        }
        addValues(values);
        return values;
    }

    /** Adds the values of a goal's own configuration parameters, by dotted config key. */
    void addValues(Map<String, Object> values) throws MojoFailureException {}

    /** Runs before the goal, with the configuration it gets; a goal that connects names the database and user. */
    void beforeRun(StoriumConfig config) {}

    /**
     * Warns that a password sits where it is read by others ({@code where}: in the pom, in a URL), naming the safer
     * places.
     */
    void warnAboutPassword(String where) {
        getLog().warn("The database password is written " + where + ": whoever reads the pom or the command line sees"
                + " it, and Maven prints the pom's configuration under -X. Keep it in settings.xml (a <server> that"
                + " <serverId> names, encrypted with mvn --encrypt-password) or in the environment (dbCredentials.password:"
                + " ${env.DB_PASSWORD} in storium.config.yaml).");
    }

    /** Whether {@code key} is set as {@code -Dkey=...} (a user or system property), which outranks the pom. */
    boolean givenAsProperty(String key) {
        return session.getUserProperties().containsKey(key) || System.getProperty(key) != null;
    }

    /** The build session: user properties and settings. */
    MavenSession session() {
        return session;
    }

    /** A line a goal logs after its report, such as where more is to be seen; none by default. */
    java.util.Optional<String> afterReport() {
        return java.util.Optional.empty();
    }

    /** The directory of the project being built. */
    java.nio.file.Path projectDirectory() {
        return project.getBasedir().toPath();
    }

    /** Whether the build was given {@code -Dkey=...} on its command line (a user property of the session). */
    boolean givenOnCommandLine(String key) {
        return session.getUserProperties().containsKey(key);
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

    private URLClassLoader projectClassLoader(boolean tests) throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            List<String> elements = tests ? project.getTestClasspathElements() : project.getCompileClasspathElements();
            for (String element : elements) {
                urls.add(new File(element).toURI().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Could not build the class path of project " + project.getId(), e);
        }
    }

    /**
     * User errors (configuration, files, refusals, data loss) are a {@link MojoFailureException}, the environment's
     * (the database, the file system) a {@link MojoExecutionException}; both carry the engine's message alone. The
     * cause is attached only when Maven runs with {@code -e}: Maven appends the message of every cause it is given,
     * and a driver's raw message repeats the engine's or, worse, could carry a URL the engine has masked.
     */
    private void fail(String message, StoriumException error) throws MojoExecutionException, MojoFailureException {
        String text = message != null ? message : error != null ? error.getMessage() : "Storium failed";
        Throwable cause = session.getRequest().isShowErrors() ? error : null;
        if (error != null && error.code().isUserError()) {
            throw cause == null ? new MojoFailureException(text) : new MojoFailureException(text, cause);
        }
        throw cause == null ? new MojoExecutionException(text) : new MojoExecutionException(text, cause);
    }

    /** Adds the {@code schema} patterns of a goal that reads table definitions, when set. */
    static void putSchema(Map<String, Object> values, List<String> schema) {
        if (schema != null && !schema.isEmpty()) {
            values.put("schema", List.copyOf(schema));
        }
    }

    static void putIfSet(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
