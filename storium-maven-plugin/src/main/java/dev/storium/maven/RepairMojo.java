package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.RepairOptions;
import dev.storium.result.GoalResult;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs the history table: deletes the rows of failed migrations, so that migrate runs the fixed file again, and
 * stores the current hash of applied files that were deliberately edited. Files a run left unfinished are settled as
 * the user says ({@code storium.markApplied}, {@code storium.markNotStarted}), else left alone and named. Logs each
 * change it makes. Rows whose file is missing are left alone and named.
 */
@Mojo(name = "repair", threadSafe = true, configurator = MaskingConfigurator.ID)
public class RepairMojo extends LockingMojo {
    /**
     * Tags (comma-separated) of files a run left unfinished that you finished by hand: their rows are recorded as
     * applied, and migrate goes on after them.
     */
    @Parameter(property = "storium.markApplied", defaultValue = "")
    private List<String> markApplied;

    /**
     * Tags (comma-separated) of files a run left unfinished whose changes you undid by hand: their rows are removed,
     * and migrate runs them again from their first statement.
     */
    @Parameter(property = "storium.markNotStarted", defaultValue = "")
    private List<String> markNotStarted;

    public RepairMojo() {
        super("repair", Reporting.FAILURE_ONLY);
    }

    @Override
    GoalResult run(StoriumConfig config) {
        return Storium.repair(config, new RepairOptions(tags(markApplied), tags(markNotStarted)), lockWait());
    }

    private static List<String> tags(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
    }
}
