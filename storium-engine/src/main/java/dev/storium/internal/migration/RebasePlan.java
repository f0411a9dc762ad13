package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a rebase writes: the merged branch's migrations as they are, then this branch's migrations after the common
 * ancestor renumbered after them, each with its SQL unchanged and a snapshot that merges its schema change over the
 * merged branch's schema; the journal that lists them all; and the old SQL files to delete. Built in memory only.
 *
 * @param files the files to write, by path under the directory: SQL files first, then snapshots, the journal last
 * @param deletions the SQL files to delete, by path under the directory
 * @param moved this branch's migrations that are renumbered, with their old tags
 * @param renamed one line per moved migration: {@code old -> new}
 * @param merged the number of the merged branch's migrations after the common ancestor
 */
record RebasePlan(
        Map<String, String> files, List<String> deletions, List<JournalEntry> moved, List<String> renamed, int merged) {

    /** The plan for the two branches; refuses when a moved migration's schema change conflicts with the merged one. */
    static RebasePlan of(BranchSides sides, Dialect dialect) {
        Snapshot ancestor = sides.ancestor().map(e -> sides.snapshot(e, true)).orElse(null);
        SchemaModel base = ancestor == null ? SchemaModel.empty() : ancestor.model();
        UUID baseId = ancestor == null ? Snapshot.NO_PARENT : ancestor.id();
        List<Snapshot> theirs = chain(sides, sides.theirsOnly(), false, baseId);
        List<Snapshot> ours = chain(sides, sides.oursOnly(), true, baseId);
        SchemaModel theirsLast =
                theirs.isEmpty() ? base : theirs.get(theirs.size() - 1).model();

        Map<String, String> sql = new LinkedHashMap<>();
        Map<String, String> snapshots = new LinkedHashMap<>();
        for (JournalEntry entry : sides.theirsOnly()) {
            sql.put(entry.tag() + ".sql", required(sides, entry.tag() + ".sql", false));
            String name = "meta/" + FolderLayout.snapshotName(entry.idx());
            snapshots.put(name, required(sides, name, false));
        }
        List<JournalEntry> entries = new ArrayList<>(sides.theirs().entries());
        List<String> renamed = new ArrayList<>();
        UUID prevId = theirs.isEmpty() ? baseId : theirs.get(theirs.size() - 1).id();
        for (int k = 0; k < ours.size(); k++) {
            JournalEntry entry = sides.oursOnly().get(k);
            SchemaMerge.Result merge = SchemaMerge.merge(base, ours.get(k).model(), theirsLast);
            if (!merge.conflicts().isEmpty()) {
                throw conflict(entry, merge.conflicts());
            }
            int idx = entries.size();
            String tag = FolderLayout.number(idx) + entry.tag().substring(4);
            long when = Math.max(
                    entry.when(), entries.isEmpty() ? 0 : entries.get(idx - 1).when() + 1);
            Snapshot snapshot = Snapshot.of(merge.model(), dialect.key(), prevId);
            sql.put(tag + ".sql", required(sides, entry.tag() + ".sql", true));
            snapshots.put("meta/" + FolderLayout.snapshotName(idx), MigrationJson.write(snapshot));
            entries.add(new JournalEntry(idx, entry.version(), when, tag, entry.breakpoints()));
            renamed.add(entry.tag() + " -> " + tag);
            prevId = snapshot.id();
        }
        Map<String, String> files = new LinkedHashMap<>(sql);
        files.putAll(snapshots);
        Journal journal = sides.theirs();
        files.put(
                FolderLayout.JOURNAL, MigrationJson.write(new Journal(journal.version(), journal.dialect(), entries)));
        List<String> deletions = new ArrayList<>();
        for (JournalEntry entry : sides.oursOnly()) {
            if (!files.containsKey(entry.tag() + ".sql")) {
                deletions.add(entry.tag() + ".sql");
            }
        }
        return new RebasePlan(files, deletions, sides.oursOnly(), renamed, theirs.size());
    }

    /** One branch's snapshots after the ancestor, refused unless they chain from it. */
    private static List<Snapshot> chain(BranchSides sides, List<JournalEntry> entries, boolean ofOurs, UUID from) {
        List<Snapshot> snapshots = new ArrayList<>();
        UUID expected = from;
        for (JournalEntry entry : entries) {
            Snapshot snapshot = sides.snapshot(entry, ofOurs);
            if (!snapshot.prevId().equals(expected)) {
                throw BranchSides.refusal((ofOurs ? "this branch's" : "the merged branch's") + " snapshot of "
                        + entry.tag() + " (meta/" + FolderLayout.snapshotName(entry.idx()) + ") has prevId "
                        + snapshot.prevId() + ", but the snapshot before it has id " + expected);
            }
            snapshots.add(snapshot);
            expected = snapshot.id();
        }
        return snapshots;
    }

    private static String required(BranchSides sides, String relative, boolean ofOurs) {
        String text = sides.text(relative, ofOurs);
        if (text == null) {
            throw BranchSides.refusal(relative + " is missing, but " + (ofOurs ? "this" : "the merged") + " branch's"
                    + " side of " + FolderLayout.JOURNAL + " lists it");
        }
        return text;
    }

    private static StoriumException conflict(JournalEntry entry, List<String> conflicts) {
        StringBuilder message = new StringBuilder("Cannot rebase ")
                .append(entry.tag())
                .append(" after the merged branch's migrations: both branches changed the same part of the schema:");
        conflicts.forEach(c -> message.append("\n  - ").append(c));
        message.append("\nStorium cannot tell which change should win. The directory was left as it was.\nFix: ")
                .append(Problems.FIX_REGENERATE);
        return new StoriumException(ErrorCode.MIGRATION_FOLDER, message.toString());
    }
}
