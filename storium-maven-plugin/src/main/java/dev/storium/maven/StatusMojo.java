package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.StatusFormat;
import dev.storium.options.StatusOptions;
import dev.storium.result.GoalResult;
import dev.storium.result.StatusResult;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reports the dialect, the migrations directory and each migration file, the schema classes and tables found in the
 * project's compiled classes, and whether the code has changes that no migration holds yet; with a database
 * configured, also where each migration stands in it (applied, pending, failed, changed, missing, out of order), read
 * only. {@code -Dstorium.format=json} writes the report as JSON to standard output, or with {@code -Dstorium.output=<file>}
 * to that file. Compiles the project first.
 */
@Mojo(
        name = "status",
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
@Execute(phase = LifecyclePhase.COMPILE)
public class StatusMojo extends SchemaDatabaseMojo {
    /**
     * {@code text} for the report in the build log, or {@code json} for the same report as one JSON object on standard
     * output, without log prefixes (with {@code mvn -q} the output is the JSON alone; see docs/status.md).
     */
    @Parameter(property = "storium.format", defaultValue = "text")
    private String format;

    /**
     * A file to write the report to (in the chosen format), instead of standard output or the build log, such as
     * {@code target/storium-status.json} for a CI dashboard; its directory is created. Unset: no file.
     */
    @Parameter(property = "storium.output")
    private File output;

    /** The schema diagram storium:diagram writes (the same setting as its {@code diagram}), named in the report. */
    @Parameter(property = "storium.diagram", defaultValue = DiagramMojo.DEFAULT_FILE)
    private File diagram;

    public StatusMojo() {
        super("status", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        StatusFormat chosen = StatusFormat.of(format);
        StatusResult result = Storium.status(
                config, schemaSource(), new StatusOptions(chosen, output == null ? null : output.toPath()));
        if (toStandardOutput(chosen)) {
            // the report itself is the output here, not a log line: standard output, so that -q leaves the JSON
            System.out.println(result.toJson(projectDirectory()));
        }
        return result;
    }

    /** JSON without an output file goes to standard output alone; the build log then shows only a failure. */
    @Override
    Reporting reporting() {
        return toStandardOutput(StatusFormat.of(format)) ? Reporting.FAILURE_ONLY : Reporting.LOG_RESULT;
    }

    /** Where the schema diagram is, or how to draw one. */
    @Override
    Optional<String> afterReport() {
        if (diagram.isFile()) {
            return Optional.of("Schema diagram: " + diagram + " (drawn "
                    + Instant.ofEpochMilli(diagram.lastModified()).truncatedTo(ChronoUnit.SECONDS)
                    + "; mvn storium:diagram draws it again)");
        }
        return Optional.of(
                "Schema diagram: none yet; mvn storium:diagram draws the tables as a Mermaid diagram into " + diagram);
    }

    private boolean toStandardOutput(StatusFormat chosen) {
        return chosen == StatusFormat.JSON && output == null;
    }
}
