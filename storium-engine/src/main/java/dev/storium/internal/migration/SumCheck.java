package dev.storium.internal.migration;

import dev.storium.internal.text.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares a recorded sum file with the files on disk: one finding per fact, each with its fix. */
final class SumCheck {
    static final String FIX_EDIT = "Fix: if the change is deliberate, review it and run mvn storium:rehash;"
            + " otherwise restore the file from version control.";
    static final String FIX_MERGE = "Fix: after merging another branch's migrations, run mvn storium:rebase;"
            + " otherwise review the migrations and run mvn storium:rehash.";

    private final SumFile recorded;
    private final List<String> findings = new ArrayList<>();

    private SumCheck(SumFile recorded) {
        this.recorded = recorded;
    }

    /**
     * The findings of {@code recorded} against {@code actual}, the sum computed from the files of {@code folder}; an
     * unreadable recorded file (conflict markers, malformed lines) is reported alone, as the rest would be noise.
     */
    static List<String> findings(SumFile recorded, MigrationFolder folder, SumFile actual) {
        if (!recorded.defects().isEmpty()) {
            return recorded.defects();
        }
        SumCheck check = new SumCheck(recorded);
        check.chain();
        check.files(folder.migrations(), actual.lines());
        check.order(actual.lines());
        return List.copyOf(check.findings);
    }

    /** The recorded lines must chain from {@link SumFile#START} to one head line. */
    private void chain() {
        List<String> heads = recorded.heads();
        if (heads.size() > 1) {
            findings.add(SumFile.FILE + " holds " + heads.size() + " head lines: the lines of two branches were"
                    + " combined (a union merge?). " + FIX_MERGE);
        } else if (heads.isEmpty()) {
            findings.add(SumFile.FILE + " has no head line: it was cut or edited by hand. " + FIX_MERGE);
        }
        String previous = SumFile.START;
        for (SumFile.Line line : recorded.lines()) {
            if (!line.chain().equals(line.expectedChain(previous))) {
                findings.add(SumFile.FILE + " breaks its chain at the line of " + line.tag() + ": its chain value"
                        + " does not follow from the lines above it (lines of two branches combined, or lines"
                        + " reordered or edited by hand). " + FIX_MERGE);
                return;
            }
            previous = line.chain();
        }
        if (heads.size() == 1 && !heads.get(0).equals(previous)) {
            findings.add(SumFile.FILE + " has a head line that is not the chain value of its last line: lines were"
                    + " removed or edited by hand. " + FIX_MERGE);
        }
    }

    /** Each migration must have its line, with the hashes of its files; each line must have its migration. */
    private void files(List<Migration> migrations, List<SumFile.Line> actual) {
        Map<String, SumFile.Line> byTag = new LinkedHashMap<>();
        for (SumFile.Line line : recorded.lines()) {
            if (byTag.putIfAbsent(line.tag(), line) != null) {
                findings.add(SumFile.FILE + " lists " + line.tag() + " twice. " + FIX_MERGE);
            }
        }
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            SumFile.Line found = actual.get(i);
            SumFile.Line line = byTag.get(migration.tag());
            String sqlFile = migration.sqlFile().getFileName().toString();
            if (line == null) {
                findings.add(sqlFile + " has no line in " + SumFile.FILE + ": it was added without mvn"
                        + " storium:generate. Fix: review it and run mvn storium:rehash; a migration of another"
                        + " branch is merged with mvn storium:rebase.");
                continue;
            }
            if (!line.sql().equals(found.sql())) {
                findings.add(
                        sqlFile + " was edited after it was generated: its SHA-256 is " + Phrases.shortHash(found.sql())
                                + ", " + SumFile.FILE + " records " + Phrases.shortHash(line.sql()) + ". " + FIX_EDIT);
            }
            if (!line.snapshot().equals(found.snapshot())) {
                findings.add("meta/" + migration.snapshotFile().getFileName() + " was edited after it was generated"
                        + " (the next generate diffs against it): its SHA-256 is " + Phrases.shortHash(found.snapshot())
                        + ", " + SumFile.FILE + " records " + Phrases.shortHash(line.snapshot()) + ". " + FIX_EDIT);
            }
        }
        Set<String> tags = migrations.stream().map(Migration::tag).collect(Collectors.toSet());
        byTag.keySet().stream()
                .filter(tag -> !tags.contains(tag))
                .forEach(tag -> findings.add(SumFile.FILE + " lists " + tag + ", but " + tag + ".sql is not in the"
                        + " directory: it was removed or renamed by hand. Fix: restore it from version control; if"
                        + " the removal is deliberate and no database applied it, run mvn storium:rehash."));
    }

    /** The recorded lines must list the migrations they share with the journal in the journal's order. */
    private void order(List<SumFile.Line> actual) {
        Set<String> recordedTags =
                recorded.lines().stream().map(SumFile.Line::tag).collect(Collectors.toSet());
        Set<String> actualTags = actual.stream().map(SumFile.Line::tag).collect(Collectors.toSet());
        List<String> inSum = recorded.lines().stream()
                .map(SumFile.Line::tag)
                .filter(actualTags::contains)
                .distinct()
                .collect(Collectors.toList());
        List<String> inJournal = actual.stream()
                .map(SumFile.Line::tag)
                .filter(recordedTags::contains)
                .collect(Collectors.toList());
        if (!inSum.equals(inJournal)) {
            findings.add(SumFile.FILE + " lists the migrations in another order than " + FolderLayout.JOURNAL + " ("
                    + String.join(", ", inSum) + " instead of " + String.join(", ", inJournal) + "). " + FIX_MERGE);
        }
    }
}
