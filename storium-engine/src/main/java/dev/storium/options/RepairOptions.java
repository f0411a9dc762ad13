package dev.storium.options;

import java.util.List;

/**
 * Options of one repair run: what the user did by hand to files that a run left unfinished (a row that still says
 * running, or failed).
 *
 * @param markApplied tags of files the user finished by hand: their rows are recorded as applied
 * @param markNotStarted tags of files whose changes the user undid: their rows are removed, so migrate runs the whole
 *     file again
 */
public record RepairOptions(List<String> markApplied, List<String> markNotStarted) {
    /** Nothing marked: repair removes failed rows and accepts edited hashes only. */
    public static final RepairOptions DEFAULTS = new RepairOptions(List.of(), List.of());

    public RepairOptions {
        markApplied = markApplied == null ? List.of() : List.copyOf(markApplied);
        markNotStarted = markNotStarted == null ? List.of() : List.copyOf(markNotStarted);
        for (String tag : markApplied) {
            if (markNotStarted.contains(tag)) {
                throw new IllegalArgumentException(
                        tag + " is named both to mark applied and to mark not started: name it in one of them");
            }
        }
    }
}
