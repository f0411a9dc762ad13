package dev.storium.maven;

import dev.storium.ErrorCode;
import dev.storium.StatusResult;
import dev.storium.Storium;
import dev.storium.StoriumException;
import dev.storium.config.StoriumConfig;
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
 * only. {@code -Dstorium.format=json} writes the report as JSON to standard output. Compiles the project first.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class StatusMojo extends AbstractStoriumMojo {
    /**
     * {@code text} for the report in the build log, or {@code json} for the same report as one JSON object on standard
     * output, without log prefixes (with {@code mvn -q} the output is the JSON alone; see docs/status.md).
     */
    @Parameter(property = "storium.format", defaultValue = "text")
    private String format;

    public StatusMojo() {
        super("status");
    }

    @Override
    Outcome run(StoriumConfig config) throws MojoExecutionException {
        boolean json = "json".equals(format);
        if (!json && !"text".equals(format)) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Unknown status format '" + format + "'. Fix: set storium.format to text (the default) or json.");
        }
        StatusResult result = Storium.status(config, schemaSource());
        if (json) {
            // the report itself is the output here, not a log line: standard output, so that -q leaves the JSON
            System.out.println(result.toJson());
            return Outcome.logged(result.success(), result.message(), result.error());
        }
        return Outcome.printed(result.success(), result.message(), result.error());
    }
}
