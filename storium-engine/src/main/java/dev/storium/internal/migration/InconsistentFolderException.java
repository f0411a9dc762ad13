package dev.storium.internal.migration;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.List;

/**
 * The {@code MIGRATION_FOLDER} failure of {@link MigrationFolder#read} when journal, files and snapshots disagree: the
 * message lists every problem, and {@link #problems()} holds each with its fix, for reports that list them apart.
 */
public final class InconsistentFolderException extends StoriumException {
    private static final long serialVersionUID = 1L;

    /** One inconsistency: what was found, and how to fix it. */
    public record Problem(String fact, String fix) {}

    private final transient List<Problem> problems;
    private final transient List<String> missingSql;

    InconsistentFolderException(String message, List<Problem> problems, List<String> missingSql) {
        super(ErrorCode.MIGRATION_FOLDER, message);
        this.problems = List.copyOf(problems);
        this.missingSql = List.copyOf(missingSql);
    }

    /** The tags the journal lists whose SQL file does not exist, so that migrate can tell which were applied. */
    public List<String> missingSql() {
        return missingSql;
    }

    /** Each problem with its fix, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
