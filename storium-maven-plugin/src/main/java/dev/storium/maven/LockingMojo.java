package dev.storium.maven;

import dev.storium.options.LockWait;
import java.time.Duration;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that takes the migration lock (migrate, repair, baseline), and how long it waits for another holder. */
abstract class LockingMojo extends DatabaseMojo {
    /**
     * How long to wait while another migrate, repair or baseline holds the migration lock before failing: whole
     * seconds ({@code 600}), a number with {@code s}, {@code m} or {@code h} ({@code 30s}, {@code 10m}), or ISO-8601
     * ({@code PT10M}); {@code 0} fails at once. A negative or unreadable value fails the build, naming it.
     */
    @Parameter(property = "storium.lockTimeout", defaultValue = LockWait.DEFAULT)
    private String lockTimeout;

    LockingMojo(String goal, Reporting reporting) {
        super(goal, reporting);
    }

    /** The wait of {@code lockTimeout}; a {@code CONFIG} failure naming it when it is not a duration or negative. */
    Duration lockWait() {
        return LockWait.parse(lockTimeout, "lockTimeout (storium.lockTimeout)");
    }
}
