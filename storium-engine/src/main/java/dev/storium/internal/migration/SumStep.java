package dev.storium.internal.migration;

import java.util.Optional;

/** The sum file of a rebased directory (kept apart until the sum file lands on this branch). */
final class SumStep {
    /** The sum file, under the directory. */
    static final String SUM = "meta/storium.sum";

    private SumStep() {}

    /** The text of the sum file of {@code folder}, computed from its files; empty while there is no sum file. */
    static Optional<String> compute(MigrationFolder folder) {
        return Optional.empty();
    }
}
