package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.result.GoalResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the configured database and writes its schema as Java classes of the DSL ({@code public static final TableDef}
 * constants, enums, views, sequences), one per schema, with the baseline migration {@code 0000} that creates that
 * schema on an empty database. Warns about each thing of the database the code cannot hold. Refuses to overwrite a
 * class without {@code storium.force}, and a migrations directory that is not empty.
 */
@Mojo(name = "pull", threadSafe = true, configurator = MaskingConfigurator.ID)
public class PullMojo extends CodeWritingMojo {
    /** Records the baseline migration {@code 0000} as applied in the pulled database's history. */
    @Parameter(property = "storium.baseline", defaultValue = "false")
    private boolean baseline;

    public PullMojo() {
        super("pull", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        return Storium.pull(config, codeOptions(baseline));
    }
}
