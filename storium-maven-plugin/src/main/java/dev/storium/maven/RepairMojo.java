package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.result.GoalResult;
import dev.storium.result.RepairResult;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Repairs the history table: deletes the rows of failed migrations, so that migrate runs the fixed file again, and
 * stores the current hash of applied files that were deliberately edited. Logs each change it makes. Rows whose file
 * is missing are left alone and named.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends LockingMojo {
    public RepairMojo() {
        super("repair", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        RepairResult result = Storium.repair(config, lockWait());
        return result;
    }
}
