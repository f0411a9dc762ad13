package dev.storium.maven;

import dev.storium.RepairResult;
import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Repairs the history table: deletes the rows of failed migrations, so that migrate runs the fixed file again, and
 * stores the current hash of applied files that were deliberately edited. Logs each change it makes. Rows whose file
 * is missing are left alone and named.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends AbstractStoriumMojo {
    public RepairMojo() {
        super("repair");
    }

    @Override
    Outcome run(StoriumConfig config) {
        RepairResult result = Storium.repair(config);
        return Outcome.logged(result.success(), result.message(), result.error());
    }
}
