package dev.storium.internal.migration;

import static dev.storium.internal.migration.FolderLayout.JOURNAL;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks of a migrations directory that read no file: names of the SQL files and snapshots against the journal,
 * and the chain of the snapshots' prevIds.
 */
final class FolderChecks {
    private static final Pattern SQL_NAME = Pattern.compile("(\\d{4})_(.+)\\.sql");
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("(\\d{4})_snapshot\\.json");

    private final Path out;
    private final Problems problems;

    FolderChecks(Path out, Problems problems) {
        this.out = out;
        this.problems = problems;
    }

    /** The directory's SQL file names; a stray, unlisted or doubly numbered file is a problem. */
    Set<String> sqlFiles(List<JournalEntry> entries) {
        Set<String> tags = entries.stream().map(JournalEntry::tag).collect(Collectors.toSet());
        Map<String, List<String>> byNumber = new TreeMap<>();
        List<String> names = list(out, ".sql");
        for (String name : names) {
            Matcher matcher = SQL_NAME.matcher(name);
            if (!matcher.matches()) {
                problems.add(name + " is not named NNNN_<name>.sql like a migration", Problems.FIX_STRAY);
                continue;
            }
            byNumber.computeIfAbsent(matcher.group(1), n -> new ArrayList<>()).add(name);
            if (!tags.contains(name.substring(0, name.length() - ".sql".length()))) {
                problems.add(name + " has no entry in " + JOURNAL, Problems.FIX_FILES);
            }
        }
        byNumber.forEach((number, files) -> {
            if (files.size() > 1) {
                problems.add(
                        "two migrations have the number " + number + ": " + String.join(" and ", files),
                        Problems.FIX_BRANCHES);
            }
        });
        return new HashSet<>(names);
    }

    /** The snapshot file names in {@code meta}; one without a journal entry is a problem. */
    Set<String> snapshotFiles(List<JournalEntry> entries) {
        Set<String> expected =
                entries.stream().map(e -> FolderLayout.snapshotName(e.idx())).collect(Collectors.toSet());
        List<String> names = list(out.resolve("meta"), "_snapshot.json");
        for (String name : names) {
            if (!SNAPSHOT_NAME.matcher(name).matches() || !expected.contains(name)) {
                problems.add("meta/" + name + " has no entry in " + JOURNAL, Problems.FIX_FILES);
            }
        }
        return new HashSet<>(names);
    }

    /**
     * Two snapshots with one parent are a fork; when there is none and every one of the {@code entries} was read, each
     * prevId must be the id of the snapshot before it.
     */
    void chain(List<Migration> migrations, int entries) {
        if (forks(migrations) || migrations.size() != entries) {
            return;
        }
        UUID expected = Snapshot.NO_PARENT;
        String previous = null;
        for (Migration m : migrations) {
            String file = "meta/" + m.snapshotFile().getFileName();
            if (!m.header().prevId().equals(expected)) {
                String before = previous == null
                        ? "it is the first snapshot, whose prevId is " + expected
                        : "the snapshot before it, " + previous + ", has id " + expected;
                problems.add(file + " has prevId " + m.header().prevId() + ", but " + before, Problems.FIX_BRANCHES);
            }
            expected = m.header().id();
            previous = file;
        }
    }

    /** True when two snapshots share a prevId, each such pair a problem. */
    private boolean forks(List<Migration> migrations) {
        Map<UUID, List<String>> byParent = new LinkedHashMap<>();
        for (Migration m : migrations) {
            byParent.computeIfAbsent(m.header().prevId(), p -> new ArrayList<>())
                    .add("meta/" + m.snapshotFile().getFileName());
        }
        boolean forked = false;
        for (Map.Entry<UUID, List<String>> parent : byParent.entrySet()) {
            if (parent.getValue().size() > 1) {
                forked = true;
                problems.add(
                        String.join(" and ", parent.getValue()) + " have the same prevId " + parent.getKey()
                                + ": two branches each generated a migration from the same schema",
                        Problems.FIX_BRANCHES);
            }
        }
        return forked;
    }

    /** The sorted names of the regular files in {@code dir} that end with {@code suffix}; none when it is missing. */
    static List<String> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot list the migrations directory " + dir + ": " + e.getMessage()
                            + ". Fix: check that it exists and is readable.",
                    e);
        }
    }
}
