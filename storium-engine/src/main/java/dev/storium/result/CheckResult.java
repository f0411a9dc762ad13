package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * What {@link dev.storium.Storium#check} found.
 *
 * @param success true when there is no finding: code, migrations and database agree
 * @param message the report for people: the findings grouped by section, each group with its fix; or, with none,
 *     what is in sync
 * @param findings every finding, in report order
 * @param warnings what is worth a look but does not fail the check, such as destructive pending statements
 * @param error the failure when {@code success} is false ({@link dev.storium.error.ErrorCode#CHECK}, or {@link dev.storium.error.ErrorCode#DATABASE} when
 *     the database could not be read), else null
 */
public record CheckResult(
        boolean success, String message, List<Finding> findings, List<String> warnings, StoriumException error)
        implements GoalResult {
    public CheckResult {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        Shapes.require(success, error);
    }

    /** The result of a check that {@code error} stopped before it could compare anything. */
    public static CheckResult failed(StoriumException error) {
        return new CheckResult(false, error.getMessage(), List.of(), List.of(), error);
    }
}
