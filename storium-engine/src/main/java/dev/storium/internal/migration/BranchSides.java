package dev.storium.internal.migration;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A migrations directory in the middle of a git merge, read as its two branches: this one (HEAD, the first section of
 * each conflict hunk) and the merged one. A file without conflict markers belongs to both.
 */
final class BranchSides {
    private final Path out;
    private final Journal ours;
    private final Journal theirs;
    private final int common;

    private BranchSides(Path out, Journal ours, Journal theirs) {
        this.out = out;
        this.ours = ours;
        this.theirs = theirs;
        int shared = 0;
        while (shared < ours.entries().size()
                && shared < theirs.entries().size()
                && ours.entries().get(shared).equals(theirs.entries().get(shared))) {
            shared++;
        }
        this.common = shared;
    }

    /** The two branches of {@code out}; empty when its journal holds no conflict markers. */
    static Optional<BranchSides> read(Path out) {
        Path journalFile = out.resolve(FolderLayout.JOURNAL);
        if (!Files.isRegularFile(journalFile)) {
            return Optional.empty();
        }
        Optional<ConflictText> journal = split(FolderLayout.JOURNAL, text(out, FolderLayout.JOURNAL));
        if (journal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BranchSides(
                out,
                parse(FolderLayout.JOURNAL, "this branch's side", journal.get().ours(), Journal.class),
                parse(
                        FolderLayout.JOURNAL,
                        "the merged branch's side",
                        journal.get().theirs(),
                        Journal.class)));
    }

    /** This branch's journal. */
    Journal ours() {
        return ours;
    }

    /** The merged branch's journal. */
    Journal theirs() {
        return theirs;
    }

    /** This branch's migrations after the common ancestor, in order. */
    List<JournalEntry> oursOnly() {
        return ours.entries().subList(common, ours.entries().size());
    }

    /** The merged branch's migrations after the common ancestor, in order. */
    List<JournalEntry> theirsOnly() {
        return theirs.entries().subList(common, theirs.entries().size());
    }

    /** The last migration both branches share, if any. */
    Optional<JournalEntry> ancestor() {
        return common == 0 ? Optional.empty() : Optional.of(ours.entries().get(common - 1));
    }

    /** The text one branch holds at {@code relative} (a path under the directory), or null when it is absent. */
    String text(String relative, boolean ofOurs) {
        if (!Files.isRegularFile(out.resolve(relative))) {
            return null;
        }
        String text = text(out, relative);
        return split(relative, text)
                .map(sides -> ofOurs ? sides.ours() : sides.theirs())
                .orElse(text);
    }

    /** The snapshot one branch holds for the migration {@code entry}. */
    Snapshot snapshot(JournalEntry entry, boolean ofOurs) {
        String relative = "meta/" + FolderLayout.snapshotName(entry.idx());
        String side = ofOurs ? "this branch's side" : "the merged branch's side";
        String text = text(relative, ofOurs);
        if (text == null) {
            throw refusal(
                    relative + " is missing, but " + side + " of " + FolderLayout.JOURNAL + " lists " + entry.tag());
        }
        return parse(relative, side, text, Snapshot.class);
    }

    /** True when the file at {@code relative} holds conflict markers. */
    boolean conflicted(String relative) {
        Path file = out.resolve(relative);
        return Files.isRegularFile(file) && ConflictText.hasMarkers(text(out, relative));
    }

    private static Optional<ConflictText> split(String relative, String text) {
        try {
            return ConflictText.split(text);
        } catch (IllegalArgumentException e) {
            throw refusal(relative + " holds git conflict markers that cannot be read as two sides: " + e.getMessage());
        }
    }

    private static <T> T parse(String relative, String side, String text, Class<T> type) {
        try {
            return MigrationJson.parse(text, type);
        } catch (MigrationJson.Unreadable e) {
            throw refusal(side + " of " + relative + " is not valid: " + e.getMessage());
        }
    }

    static String text(Path out, String relative) {
        try {
            return Files.readString(out.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot read " + out.resolve(relative) + ": " + e.getMessage()
                            + ". Fix: check that the file is readable, then run mvn storium:rebase again.",
                    e);
        }
    }

    /** A refusal about the conflicted directory, with the way out that always works. */
    static StoriumException refusal(String fact) {
        return new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "Cannot rebase the migrations: " + fact + ". The directory was left as it was. Fix: "
                        + Problems.FIX_REGENERATE);
    }
}
