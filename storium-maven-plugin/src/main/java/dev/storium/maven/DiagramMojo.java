package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.options.DiagramOptions;
import dev.storium.result.DiagramResult;
import dev.storium.result.GoalResult;
import java.io.File;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Draws the schema as a Mermaid entity-relationship diagram ({@code erDiagram}): each table with its columns, types and
 * keys, each foreign key as a relationship. By default the tables of the project's code (compiled first); with
 * {@code -Dstorium.url=...} on the command line, or {@code -Dstorium.from=database}, the configured database's tables
 * as its catalog holds them. Writes one file: Markdown with a {@code mermaid} block for a {@code .md} name (GitHub,
 * GitLab and IDE previews render it), the Mermaid text alone for any other. A file storium:diagram did not write is left
 * untouched unless {@code -Dstorium.force=true}.
 */
@Mojo(
        name = "diagram",
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiagramMojo extends SchemaDatabaseMojo {
    /** Where the diagram goes unless {@code storium.diagram} says otherwise; storium:status names the same file. */
    static final String DEFAULT_FILE = "${project.build.directory}/storium-schema.md";

    /**
     * The file written; {@code .md} gets Markdown around the diagram, another name (such as {@code .mmd}) none.
     * storium:status names it (the same setting), so set it once in the plugin's configuration to move it.
     */
    @Parameter(property = "storium.diagram", defaultValue = DEFAULT_FILE)
    private File diagram;

    /**
     * What to draw: {@code code} (the project's tables) or {@code database} (the configured database's). Unset: the
     * database when {@code -Dstorium.url} is given on the command line, else the code.
     */
    @Parameter(property = "storium.from")
    private String from;

    /** Overwrites a file that storium:diagram did not write; a diagram it wrote is always replaced. */
    @Parameter(property = "storium.force", defaultValue = "false")
    private boolean force;

    public DiagramMojo() {
        super("diagram", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        Boolean fromDatabase = fromDatabase();
        if (fromDatabase == null) {
            return DiagramResult.failed(new StoriumException(
                    ErrorCode.CONFIG,
                    "storium.from is '" + from + "', which is neither code nor database. Fix: -Dstorium.from=code (the"
                            + " project's tables) or -Dstorium.from=database (the configured database's)."));
        }
        return Storium.diagram(
                config,
                fromDatabase ? null : schemaSource(),
                new DiagramOptions(diagram.toPath(), fromDatabase, force));
    }

    /** Names the database and user only when the diagram is drawn from the database: the code's needs no connection. */
    @Override
    void beforeRun(StoriumConfig config) {
        if (Boolean.TRUE.equals(fromDatabase())) {
            super.beforeRun(config);
        }
    }

    /** Whether to draw the database; null for a {@code from} that names neither. */
    private Boolean fromDatabase() {
        if (from == null || from.isBlank()) {
            return givenOnCommandLine("storium.url");
        }
        switch (from.strip().toLowerCase(Locale.ROOT)) {
            case "code":
                return false;
            case "database":
                return true;
            default:
                return null;
        }
    }
}
