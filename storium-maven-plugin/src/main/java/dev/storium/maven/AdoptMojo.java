package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.AdoptOptions;
import dev.storium.result.GoalResult;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Takes over a database that drizzle-orm's migrator migrated: checks each file its {@code __drizzle_migrations} table
 * recorded against the recorded SHA-256, converts the drizzle-kit folder into Storium's migrations directory (the SQL
 * files unchanged) and records the applied files in Storium's history, so that migrate finds nothing pending and
 * generate continues the numbering. Refuses, changing nothing, when a file was edited after it was applied or is
 * missing. The drizzle table is left as it was; running it again changes nothing.
 */
@Mojo(name = "adopt", threadSafe = true)
public class AdoptMojo extends AbstractStoriumMojo {
    /**
     * The drizzle-kit migrations folder (drizzle-kit's {@code out}, holding {@code meta/_journal.json}); unset, the
     * configured migrations directory {@code out}, converted in place.
     */
    @Parameter(property = "storium.from")
    private File from;

    public AdoptMojo() {
        super("adopt", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        return Storium.adopt(config, new AdoptOptions(from == null ? null : from.toPath()));
    }
}
