package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a migrations directory and checks that journal, SQL files and snapshots agree before anything uses them. */
final class FolderReader {
    private final Path out;
    private final Problems problems;
    private final FolderChecks checks;
    private Snapshot latest;
    private Journal journalRead;

    private FolderReader(Path out) {
        this.out = out;
        this.problems = new Problems(out);
        this.checks = new FolderChecks(out, problems);
    }

    /** The validated directory; a directory that does not exist reads as one with no migrations. */
    static MigrationFolder read(Path out, Dialect dialect) {
        Path dir = out.toAbsolutePath().normalize();
        FolderReader reader = new FolderReader(dir);
        if (!Files.exists(dir)) {
            return new MigrationFolder(dir, dialect, Journal.empty(dialect.key()), List.of());
        }
        if (!Files.isDirectory(dir)) {
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "The migrations directory " + dir + " is a file, not a directory. Fix: set `out` to a directory"
                            + " (default ./migrations), or move the file away.");
        }
        Journal journal = reader.journal(dialect);
        List<Migration> migrations = reader.migrationsOf(dialect);
        return new MigrationFolder(dir, dialect, journal, migrations, reader.latest);
    }

    private Journal journal(Dialect dialect) {
        Path journalFile = out.resolve(FolderLayout.JOURNAL);
        if (!Files.exists(journalFile)) {
            List<String> files = new ArrayList<>(FolderChecks.list(out, ".sql"));
            files.addAll(FolderChecks.list(out.resolve("meta"), "_snapshot.json").stream()
                    .map(name -> "meta/" + name)
                    .collect(Collectors.toList()));
            if (!files.isEmpty()) {
                problems.add(
                        FolderLayout.JOURNAL + " is missing, but the directory holds " + String.join(", ", files),
                        Problems.FIX_FILES);
                problems.throwIfAny();
            }
            journalRead = Journal.empty(dialect.key());
            return journalRead;
        }
        try {
            journalRead = MigrationJson.read(journalFile, Journal.class);
        } catch (MigrationJson.Unreadable e) {
            unreadable(FolderLayout.JOURNAL, e);
            problems.throwIfAny();
        }
        if (!journalRead.dialect().equals(dialect.key())) {
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "The migrations in " + out + " were generated for dialect " + journalRead.dialect() + " ("
                            + FolderLayout.JOURNAL + "), but the configured dialect is " + dialect.key()
                            + ". Fix: set `dialect` to "
                            + journalRead.dialect() + ", or set `out` to a separate directory for " + dialect.key()
                            + " migrations.");
        }
        if (!Journal.FORMAT_VERSION.equals(journalRead.version())) {
            problems.add(
                    FolderLayout.JOURNAL + " has format version " + journalRead.version()
                            + "; this Storium reads version " + Journal.FORMAT_VERSION,
                    Problems.FIX_VERSION);
        }
        return journalRead;
    }

    private List<Migration> migrationsOf(Dialect dialect) {
        List<JournalEntry> entries = journalRead.entries();
        Set<String> sqlFiles = checks.sqlFiles(entries);
        Set<String> snapshotFiles = checks.snapshotFiles(entries);
        List<Migration> migrations = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            Migration migration = checkEntry(i, entry, tags, sqlFiles, snapshotFiles);
            if (migration != null) {
                migrations.add(migration);
            }
        }
        checks.chain(migrations, entries.size());
        if (!migrations.isEmpty() && migrations.size() == entries.size()) {
            latest = latest(migrations.get(migrations.size() - 1));
        }
        problems.throwIfAny();
        return migrations;
    }

    private Migration checkEntry(
            int position, JournalEntry entry, Set<String> tags, Set<String> sqlFiles, Set<String> snapshotFiles) {
        String tag = entry.tag();
        if (entry.idx() != position) {
            problems.add(
                    FolderLayout.JOURNAL + " entry " + tag + " has idx " + entry.idx() + " but is entry number "
                            + position + "; idx must count from 0 without gaps",
                    Problems.FIX_FILES);
        }
        if (!tag.startsWith(FolderLayout.number(entry.idx()) + "_")) {
            problems.add(
                    FolderLayout.JOURNAL + " entry " + tag + " has idx " + entry.idx() + "; its tag must start with "
                            + FolderLayout.number(entry.idx()) + "_",
                    Problems.FIX_FILES);
        }
        if (!tags.add(tag)) {
            problems.add(FolderLayout.JOURNAL + " lists " + tag + " twice", Problems.FIX_FILES);
        }
        boolean complete = true;
        if (!sqlFiles.contains(tag + ".sql")) {
            problems.missingSql(tag);
            complete = false;
        }
        String snapshotName = FolderLayout.snapshotName(entry.idx());
        if (!snapshotFiles.contains(snapshotName)) {
            problems.add(
                    FolderLayout.JOURNAL + " lists " + tag + ", but meta/" + snapshotName + " does not exist",
                    Problems.FIX_FILES);
            complete = false;
        }
        SnapshotHeader header = complete ? header(snapshotName) : null;
        return header == null
                ? null
                : new Migration(
                        entry, out.resolve(tag + ".sql"), out.resolve("meta").resolve(snapshotName), header);
    }

    /** The last snapshot, read whole: the one that generate and status diff the code against. */
    private Snapshot latest(Migration last) {
        try {
            return MigrationJson.read(last.snapshotFile(), Snapshot.class);
        } catch (MigrationJson.Unreadable e) {
            problems.add(
                    "meta/" + last.snapshotFile().getFileName() + " is corrupt: " + e.getMessage(),
                    Problems.FIX_CORRUPT);
            return null;
        }
    }

    /**
     * The header of every snapshot; the whole of the last one only (see {@link #latest}), as no command reads the
     * tables of an earlier snapshot.
     */
    private SnapshotHeader header(String snapshotName) {
        SnapshotHeader snapshot;
        try {
            snapshot = MigrationJson.readHeader(out.resolve("meta").resolve(snapshotName));
        } catch (MigrationJson.Unreadable e) {
            unreadable("meta/" + snapshotName, e);
            return null;
        }
        if (!Snapshot.READABLE_VERSIONS.contains(snapshot.version())) {
            problems.add(
                    "meta/" + snapshotName + " has format version " + snapshot.version() + "; this Storium reads"
                            + " versions " + String.join(" and ", Snapshot.READABLE_VERSIONS),
                    Problems.FIX_VERSION);
        }
        if (!snapshot.dialect().equals(journalRead.dialect())) {
            problems.add(
                    "meta/" + snapshotName + " is for dialect " + snapshot.dialect() + ", but " + FolderLayout.JOURNAL
                            + " says " + journalRead.dialect(),
                    Problems.FIX_CORRUPT);
        }
        return snapshot;
    }

    /** A journal or snapshot that does not parse: an unresolved git merge when it holds conflict markers. */
    private void unreadable(String relative, MigrationJson.Unreadable e) {
        String text;
        try {
            text = Files.readString(out.resolve(relative));
        } catch (IOException | RuntimeException unreadable) {
            text = "";
        }
        if (ConflictText.hasMarkers(text)) {
            problems.add(
                    relative + " holds an unresolved git merge (conflict markers <<<<<<< ======= >>>>>>>)",
                    Problems.FIX_MERGE);
        } else {
            problems.add(relative + " is corrupt: " + e.getMessage(), Problems.FIX_CORRUPT);
        }
    }
}
