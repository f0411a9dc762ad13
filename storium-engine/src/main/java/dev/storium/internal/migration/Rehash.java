package dev.storium.internal.migration;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.text.Phrases;
import dev.storium.result.RehashResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rehash command: rewrites the sum file from the migration files on disk after a deliberate edit, and says which
 * lines it added, updated or removed. The directory must be consistent ({@link MigrationFolder#read}); the migration
 * files themselves are never touched.
 */
public final class Rehash {
    private Rehash() {}

    /** Rewrites {@code meta/storium.sum} of the configured directory when it differs from the files on disk. */
    public static RehashResult run(StoriumConfig config) {
        MigrationFolder folder = MigrationFolder.read(config.out(), config.dialect());
        Path sumFile = folder.directory().resolve(SumFile.FILE);
        Optional<SumFile> before = SumFile.read(folder.directory());
        SumFile after = SumFile.compute(folder);
        int count = folder.migrations().size();
        String migrations = Phrases.count(count, "migration");
        if (before.isEmpty() && count == 0) {
            return new RehashResult(
                    true,
                    "Nothing to rehash: " + folder.directory() + " holds no migrations, so it needs no sum file.",
                    List.of(),
                    List.of(),
                    null);
        }
        if (before.isPresent() && before.get().sameAs(after)) {
            return new RehashResult(
                    true,
                    sumFile + " is current: it matches the " + migrations + " on disk. Nothing to rewrite.",
                    List.of(),
                    List.of(),
                    null);
        }
        List<String> changes = before.map(recorded -> changes(recorded, after))
                .orElseGet(() -> List.of(
                        "Created " + SumFile.FILE + ", which was missing, with the lines of " + migrations + "."));
        after.write(folder.directory());
        String message = "Rewrote " + sumFile + " from the " + migrations + " on disk:"
                + changes.stream().map(c -> "\n  - " + c).collect(Collectors.joining())
                + "\nCommit it together with the migrations.";
        return new RehashResult(true, message, changes, List.of(), null);
    }

    /** One line per line of the sum added, updated or removed; the chain alone when nothing else explains it. */
    static List<String> changes(SumFile before, SumFile after) {
        List<String> changes = new ArrayList<>();
        if (!before.defects().isEmpty()) {
            changes.add("Replaced a file that could not be read: "
                    + before.defects().get(0));
        }
        Map<String, SumFile.Line> old = new LinkedHashMap<>();
        before.lines().forEach(line -> old.putIfAbsent(line.tag(), line));
        for (SumFile.Line line : after.lines()) {
            SumFile.Line was = old.remove(line.tag());
            if (was == null) {
                changes.add("Added the line of " + line.tag() + ".");
                continue;
            }
            if (!was.sql().equals(line.sql())) {
                changes.add("Updated the line of " + line.tag() + ": " + line.tag() + ".sql SHA-256 " + was.sql()
                        + " -> " + line.sql() + ".");
            }
            if (!was.snapshot().equals(line.snapshot())) {
                changes.add("Updated the line of " + line.tag() + ": its snapshot's SHA-256 " + was.snapshot() + " -> "
                        + line.snapshot() + ".");
            }
        }
        old.keySet().forEach(tag -> changes.add("Removed the line of " + tag + ", which has no migration."));
        if (changes.isEmpty()) {
            changes.add("Rebuilt the chain of the lines in journal order and the head line (the lines were"
                    + " reordered, repeated or their chain values edited).");
        }
        return changes;
    }
}
