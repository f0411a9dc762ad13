package dev.storium.internal.drizzle;

import dev.storium.internal.text.Phrases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The journal's migrations sorted by what drizzle-orm's migrator did with them, each applied row checked against its
 * file. A row matches the entry whose {@code when} is its {@code created_at}; its {@code hash} must be the file's
 * SHA-256. The migrator ran a file only when its {@code when} was above the greatest {@code created_at} recorded, so an
 * entry that is not applied but older than that was skipped, never run.
 *
 * @param applied the entries drizzle applied, in journal order, each file matching its recorded hash
 * @param skipped the entries the migrator skipped as older than the last one applied
 * @param pending the entries not applied yet, newer than the last one applied
 * @param newest the newest applied entry, or null when none is
 * @param problems each row whose file is edited or missing, one sentence with its fix each
 */
public record DrizzleApplied(
        List<DrizzleFolder.Entry> applied,
        List<DrizzleFolder.Entry> skipped,
        List<DrizzleFolder.Entry> pending,
        DrizzleFolder.Entry newest,
        List<String> problems) {
    public DrizzleApplied {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }

    /** These entries without the pending ones whose tags {@code recorded} holds (applied by Storium since adopt). */
    public DrizzleApplied withoutPending(java.util.Collection<String> recorded) {
        return new DrizzleApplied(
                applied,
                skipped,
                pending.stream()
                        .filter(entry -> !recorded.contains(entry.tag()))
                        .toList(),
                newest,
                problems);
    }

    /**
     * Sorts {@code entries} (journal order) of {@code folder}, whose SQL files {@code sqlFile} finds, against the
     * {@code rows} of the history table {@code table}.
     */
    public static DrizzleApplied match(
            List<DrizzleFolder.Entry> entries,
            Function<DrizzleFolder.Entry, Path> sqlFile,
            List<DrizzleHistory.Row> rows,
            Path folder,
            String table) {
        Map<Long, DrizzleFolder.Entry> byWhen = new HashMap<>();
        entries.forEach(entry -> byWhen.putIfAbsent(entry.when(), entry));
        Set<String> appliedTags = new HashSet<>();
        List<String> problems = new ArrayList<>();
        long highWater = Long.MIN_VALUE;
        for (DrizzleHistory.Row row : rows) {
            highWater = Math.max(highWater, row.createdAt());
            DrizzleFolder.Entry entry = byWhen.get(row.createdAt());
            if (entry == null) {
                problems.add(table + " has " + row.describe() + " (" + Instant.ofEpochMilli(row.createdAt())
                        + ", hash " + Phrases.shortHash(row.hash()) + "), but no entry of " + folder
                        + "/meta/_journal.json has that when: the migration it recorded is missing from the folder."
                        + " Fix: restore the migration and its journal entry from version control (git log --stat -- "
                        + folder + " shows where it went), then run adopt again");
                continue;
            }
            Path file = sqlFile.apply(entry);
            String hash = DrizzleFolder.sha256(file);
            if (hash == null) {
                problems.add(entry.fileName() + " was applied (" + table + " " + row.describe() + ") but is missing"
                        + " from " + folder + ". Fix: restore it from version control (git checkout -- " + file
                        + "), then run adopt again");
            } else if (!hash.equals(row.hash())) {
                problems.add(entry.fileName() + " was edited after drizzle applied it: its SHA-256 is now "
                        + Phrases.shortHash(hash) + ", " + table + " recorded " + Phrases.shortHash(row.hash())
                        + " (" + row.describe() + "). Fix: restore the file as it was applied (git log -p -- " + file
                        + " shows the edit), then run adopt again");
            } else {
                appliedTags.add(entry.tag());
            }
        }
        List<DrizzleFolder.Entry> applied = new ArrayList<>();
        List<DrizzleFolder.Entry> skipped = new ArrayList<>();
        List<DrizzleFolder.Entry> pending = new ArrayList<>();
        DrizzleFolder.Entry newest = null;
        for (DrizzleFolder.Entry entry : entries) {
            if (appliedTags.contains(entry.tag())) {
                applied.add(entry);
                newest = newest == null || entry.when() > newest.when() ? entry : newest;
            } else if (!rows.isEmpty() && entry.when() <= highWater) {
                skipped.add(entry);
            } else {
                pending.add(entry);
            }
        }
        return new DrizzleApplied(applied, skipped, pending, newest, problems);
    }
}
