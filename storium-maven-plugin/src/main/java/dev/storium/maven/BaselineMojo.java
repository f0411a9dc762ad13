package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.result.BaselineResult;
import dev.storium.result.GoalResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records the migration files up to and including {@code target} as applied, without running them, on a database
 * whose schema already exists; migrate then applies only the later files. Refused when the history table already
 * has rows.
 */
@Mojo(name = "baseline", threadSafe = true, configurator = MaskingConfigurator.ID)
public class BaselineMojo extends LockingMojo {
    /**
     * The last migration the database already has: its tag ({@code 0003_add_posts}, with or without {@code .sql})
     * or its number ({@code 3} or {@code 0003}).
     */
    @Parameter(property = "storium.target", required = true)
    private String target;

    public BaselineMojo() {
        super("baseline", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        BaselineResult result = Storium.baseline(config, target, lockWait());
        return result;
    }
}
