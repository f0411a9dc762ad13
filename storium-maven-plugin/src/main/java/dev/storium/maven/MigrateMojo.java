package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.MigrateOptions;
import dev.storium.result.GoalResult;
import dev.storium.result.MigrateResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the pending migration files of {@code <out>} to the database, in journal order, one transaction per file
 * where the database allows, under a lock held for the whole run. Before anything is applied it refuses, naming the
 * file and the fix, when an applied file was edited or is missing, a pending file is older than the newest applied
 * one, or an earlier migration failed and was not repaired. Bound by default to {@code pre-integration-test}, so that
 * integration tests run on a current schema. Applies files only: it does not compile the project.
 */
@Mojo(
        name = "migrate",
        defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
public class MigrateMojo extends LockingMojo {
    /**
     * Applies pending files older than the newest applied one, typically merged from another branch after a later
     * migration was applied here; each is named in a warning. Check first that such a file still fits the schema.
     */
    @Parameter(property = "storium.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Validates the files and prints the SQL of each pending file without changing the database. */
    @Parameter(property = "storium.dryRun", defaultValue = "false")
    private boolean dryRun;

    public MigrateMojo() {
        super("migrate", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        MigrateResult result = Storium.migrate(config, new MigrateOptions(outOfOrder, dryRun, lockWait()));
        return result;
    }
}
