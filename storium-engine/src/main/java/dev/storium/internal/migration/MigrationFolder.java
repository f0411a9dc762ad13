package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A validated migrations directory: the journal, and each migration with its SQL file and snapshot. Obtained only
 * through {@link #read}, which refuses an inconsistent directory.
 */
public final class MigrationFolder {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Path directory;
    private final Dialect dialect;
    private final Journal journal;
    private final List<Migration> migrations;
    private Snapshot latest;
    private SumFile writtenSum;

    MigrationFolder(Path directory, Dialect dialect, Journal journal, List<Migration> migrations) {
        this(directory, dialect, journal, migrations, null);
    }

    /** A folder whose last snapshot was read already ({@code latest}, or null to read it when needed). */
    MigrationFolder(Path directory, Dialect dialect, Journal journal, List<Migration> migrations, Snapshot latest) {
        this.directory = directory;
        this.dialect = dialect;
        this.journal = journal;
        this.migrations = List.copyOf(migrations);
        this.latest = latest;
    }

    /**
     * Reads and checks the directory {@code out} for {@code dialect}; a missing directory has no migrations. Throws a
     * {@code MIGRATION_FOLDER} exception naming every inconsistent file and the fix.
     */
    public static MigrationFolder read(Path out, Dialect dialect) {
        return FolderReader.read(out, dialect);
    }

    /** The directory, absolute. */
    public Path directory() {
        return directory;
    }

    /** The migrations in journal order. */
    public List<Migration> migrations() {
        return migrations;
    }

    /** The schema after the last migration: the model to diff the code against; empty before the first. */
    public SchemaModel latestModel() {
        if (migrations.isEmpty()) {
            return SchemaModel.empty();
        }
        if (latest == null) {
            latest = migrations.get(migrations.size() - 1).snapshot();
        }
        return latest.model();
    }

    /**
     * Writes the next migration, {@code NNNN_<name>.sql} holding {@code sqlText}, with a snapshot of {@code model} and
     * the journal entry, and its line appended to the sum file (created for every migration when missing); all files or
     * none.
     */
    public Written writeNext(String name, String sqlText, SchemaModel model) {
        return write(name, sqlText, model, null);
    }

    /**
     * A migration just written and the sum file as written with it.
     *
     * @param sumCreated true when the directory had no sum file and this write created it for every migration
     * @param sumWarnings each way the recorded sum file already disagreed with the files on disk (a hand edit), which
     *     the write keeps as recorded so that check still sees it
     */
    public record Written(Migration migration, SumFile sum, boolean sumCreated, List<String> sumWarnings) {
        public Written {
            sumWarnings = List.copyOf(sumWarnings);
        }
    }

    /** Writes the next migration; {@code knownSum} is the sum file as this folder last wrote it, or null to read it. */
    private Written write(String name, String sqlText, SchemaModel model, SumFile knownSum) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The migration name '" + name + "' cannot be used in a file name: it must start with a letter or"
                            + " digit and hold only letters, digits, '_' and '-'. Fix: pass another name with"
                            + " -Dstorium.name=<name>.");
        }
        int idx = migrations.size();
        String tag = FolderLayout.number(idx) + "_" + name;
        UUID prevId = migrations.isEmpty()
                ? Snapshot.NO_PARENT
                : migrations.get(idx - 1).header().id();
        Snapshot snapshot = Snapshot.of(model, dialect.key(), prevId);
        JournalEntry entry = new JournalEntry(idx, Snapshot.FORMAT_VERSION, nextWhen(), tag, true);
        Migration migration = new Migration(
                entry,
                directory.resolve(tag + ".sql"),
                directory.resolve("meta").resolve(FolderLayout.snapshotName(idx)),
                snapshot);
        String snapshotText = MigrationJson.write(snapshot);
        Optional<SumFile> recorded = knownSum == null ? SumFile.read(directory) : Optional.of(knownSum);
        List<String> sumWarnings =
                knownSum == null && recorded.isPresent() ? checkedSum(recorded.get(), tag) : List.of();
        SumFile sum = recorded.orElseGet(() -> SumFile.compute(this)).plus(tag, sqlText, snapshotText);
        try {
            new MigrationWriter()
                    .file(migration.sqlFile(), sqlText)
                    .file(migration.snapshotFile(), snapshotText)
                    .file(directory.resolve(SumFile.FILE), sum.text())
                    .file(directory.resolve(FolderLayout.JOURNAL), MigrationJson.write(journal.plus(entry)))
                    .commit();
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Could not write migration " + tag + " to " + directory + ": "
                            + e.getClass().getSimpleName()
                            + " " + e.getMessage() + ". The directory was left as it was. Fix: check that " + directory
                            + " is writable and the disk is not full, then run mvn storium:generate again.",
                    e);
        }
        return new Written(migration, sum, recorded.isEmpty(), sumWarnings);
    }

    /**
     * Writes the next migration as {@link #writeNext} does and returns the folder that holds it, so that a caller
     * writing many migrations in a row (the benchmarks) neither reads the directory back nor hashes every file again
     * for the sum file after each one.
     */
    public MigrationFolder plusNext(String name, String sqlText, SchemaModel model) {
        Written written = write(name, sqlText, model, writtenSum);
        List<Migration> all = new ArrayList<>(migrations);
        all.add(written.migration());
        MigrationFolder next = new MigrationFolder(
                directory, dialect, journal.plus(written.migration().entry()), all, null);
        next.writtenSum = written.sum(); // as written a moment ago: checked already, no need to hash every file again
        return next;
    }

    /**
     * Each mismatch between the recorded sum file and the files on disk, which the write keeps as recorded so that a
     * hand edit stays visible to check. A sum file that cannot be read as lines (git conflict markers) cannot be
     * appended to and is refused.
     */
    private List<String> checkedSum(SumFile recorded, String tag) {
        if (!recorded.defects().isEmpty()) {
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "Cannot write migration " + tag + ": " + String.join("\n", recorded.defects())
                            + "\nThe directory was left as it was.");
        }
        return SumCheck.findings(recorded, this, SumFile.compute(this));
    }

    /** The tag of the last migration, or null before the first. */
    public String lastTag() {
        return migrations.isEmpty()
                ? null
                : migrations.get(migrations.size() - 1).tag();
    }

    /** What the code is compared with: "the last migration, {@code <tag>}", or an empty schema before the first. */
    public String describeLast() {
        return migrations.isEmpty()
                ? "an empty schema (there are no migrations and no tables)"
                : "the last migration, " + lastTag();
    }

    /** Now, or 1 ms after the last entry if the clock says otherwise, so that {@code when} always increases. */
    private long nextWhen() {
        long now = System.currentTimeMillis();
        return migrations.isEmpty()
                ? now
                : Math.max(now, migrations.get(migrations.size() - 1).entry().when() + 1);
    }
}
