package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.RebaseOptions;
import dev.storium.result.GoalResult;
import dev.storium.result.RebaseResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs a git merge of two branches that each generated migrations: run it while git reports conflicts in
 * {@code <out>/meta}. It reads both branches from the conflict markers, keeps the merged branch's migrations and
 * renumbers this branch's after them, rebuilding their snapshots, the journal and the sum file; the SQL files keep their
 * content. It refuses, leaving the directory as it was, when a configured database has applied a migration it would
 * move, or when both branches changed the same table, column, index or foreign key. Reads files only: it does not
 * compile the project.
 */
@Mojo(name = "rebase", threadSafe = true, configurator = MaskingConfigurator.ID)
public class RebaseMojo extends DatabaseMojo {
    /** Prints the plan (old and new migration names, the files to rewrite) and writes nothing. */
    @Parameter(property = "storium.dryRun", defaultValue = "false")
    private boolean dryRun;

    public RebaseMojo() {
        super("rebase", Reporting.LOG_RESULT);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        RebaseResult result = Storium.rebase(config, new RebaseOptions(dryRun));
        return result;
    }
}
