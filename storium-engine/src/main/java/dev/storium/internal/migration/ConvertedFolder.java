package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A migrations directory converted from another tool's folder ({@code storium:adopt}): each migration's SQL file as
 * it is, a Storium snapshot of the schema after it, the journal and the sum file, written all or nothing. The files it
 * replaces are kept, copied under {@value #KEPT} first.
 */
public final class ConvertedFolder {
    /** Where the replaced journal and snapshots are kept, relative to the directory. */
    public static final String KEPT = "meta/drizzle-kit";

    /**
     * One migration to write.
     *
     * @param tag its tag, {@code NNNN_<name>}, as the other tool named it
     * @param when when it was generated, in milliseconds, as the other tool's journal says
     * @param breakpoints whether its statements are separated by breakpoint lines
     * @param sqlFile its SQL file in the other tool's folder, copied as it is when that is not the directory written
     * @param id its snapshot's id
     * @param prevId the previous snapshot's id, {@link Snapshot#NO_PARENT} for the first
     * @param model the schema after it
     */
    public record Converted(
            String tag, long when, boolean breakpoints, Path sqlFile, UUID id, UUID prevId, SchemaModel model) {
        public Converted {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(sqlFile, "sqlFile");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(prevId, "prevId");
            Objects.requireNonNull(model, "model");
        }
    }

    private ConvertedFolder() {}

    /** True when {@code out} is a Storium migrations directory already: it has a sum file. */
    public static boolean isStorium(Path out) {
        return Files.isRegularFile(out.resolve(SumFile.FILE));
    }

    /**
     * Writes {@code migrations} as the Storium directory {@code out} for {@code dialect}; the SQL files are copied
     * from where they are unless they are in {@code out} already, and the journal and snapshot files replaced in {@code
     * out} are kept under {@value #KEPT}. Returns the files kept.
     */
    public static List<String> write(Path out, Dialect dialect, List<Converted> migrations) {
        Path dir = out.toAbsolutePath().normalize();
        MigrationWriter writer = new MigrationWriter();
        List<String> kept = new ArrayList<>();
        Map<Path, String> replaced = new LinkedHashMap<>();
        List<JournalEntry> entries = new ArrayList<>();
        SumFile sum = SumFile.empty();
        for (int idx = 0; idx < migrations.size(); idx++) {
            Converted m = migrations.get(idx);
            Path sqlTarget = dir.resolve(m.tag() + ".sql");
            String sqlText = MigrationText.read(m.sqlFile());
            if (!m.sqlFile().toAbsolutePath().normalize().equals(sqlTarget)) {
                writer.file(sqlTarget, sqlText);
            }
            Path snapshotFile = dir.resolve("meta").resolve(FolderLayout.snapshotName(idx));
            keep(snapshotFile, replaced);
            Snapshot snapshot = new Snapshot(
                    Snapshot.FORMAT_VERSION,
                    dialect.key(),
                    m.id(),
                    m.prevId(),
                    m.model().tables(),
                    m.model().views(),
                    m.model().sequences());
            String snapshotText = MigrationJson.write(snapshot);
            writer.file(snapshotFile, snapshotText);
            entries.add(new JournalEntry(idx, Snapshot.FORMAT_VERSION, m.when(), m.tag(), m.breakpoints()));
            sum = sum.plus(m.tag(), sqlText, snapshotText);
        }
        Path journal = dir.resolve(FolderLayout.JOURNAL);
        keep(journal, replaced);
        replaced.forEach((file, text) -> {
            Path copy = dir.resolve(KEPT).resolve(file.getFileName());
            writer.file(copy, text);
            kept.add(dir.relativize(copy).toString().replace('\\', '/'));
        });
        writer.file(dir.resolve(SumFile.FILE), sum.text());
        writer.file(journal, MigrationJson.write(new Journal(Journal.FORMAT_VERSION, dialect.key(), entries)));
        try {
            writer.commit();
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Could not write the converted migrations to " + dir + ": "
                            + e.getClass().getSimpleName() + " "
                            + e.getMessage() + ". The directory was left as it was. Fix: check that " + dir
                            + " is writable and the disk is not full, then run mvn storium:adopt again.",
                    e);
        }
        return kept;
    }

    private static void keep(Path file, Map<Path, String> replaced) {
        if (Files.isRegularFile(file)) {
            replaced.put(file, MigrationText.read(file));
        }
    }
}
