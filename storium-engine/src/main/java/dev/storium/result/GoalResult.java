package dev.storium.result;

import dev.storium.error.StoriumException;
import java.util.List;

/**
 * The shape every goal's result shares, so that a caller reports any of them one way: the warnings, then either the
 * message (success) or the error, whose message is the same report (failure). Each goal's record adds what is its
 * own: the file written, the tags applied, the findings.
 */
public interface GoalResult {
    /** True when the goal did what it was asked, or found nothing wrong. */
    boolean success();

    /** The report for people, one screen; on failure the error's message. Warnings are not repeated in it. */
    String message();

    /** What is worth a look but did not stop the goal, one sentence each, in the order found. */
    List<String> warnings();

    /** The failure when {@link #success()} is false, else null. */
    StoriumException error();
}
