package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.result.GoalResult;
import dev.storium.result.RehashResult;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Rewrites the migrations directory's sum file, {@code meta/storium.sum}, from the migration files on disk: run it
 * after a deliberate, reviewed edit of a migration (such as writing the SQL of a custom migration), then commit the
 * sum file with the migration. Lists each line it added, updated or removed, or says the file is current. Needs no
 * database and does not compile the project. After a git conflict in the sum file, use storium:rebase instead.
 */
@Mojo(name = "rehash", threadSafe = true, configurator = MaskingConfigurator.ID)
public class RehashMojo extends AbstractStoriumMojo {
    public RehashMojo() {
        super("rehash", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        RehashResult result = Storium.rehash(config);
        return result;
    }
}
