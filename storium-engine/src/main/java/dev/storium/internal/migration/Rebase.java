package dev.storium.internal.migration;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.text.Phrases;
import dev.storium.options.RebaseOptions;
import dev.storium.result.RebaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rebase command, which repairs a git merge of two branches that each generated migrations: it reads both branches
 * from the conflict markers git left in the journal, snapshots and sum file, keeps the merged branch's migrations and
 * renumbers this branch's after them, rebuilding their snapshots, the journal and the sum file. It refuses when a
 * configured database has applied a migration it would move, or when both branches changed the same schema item. The
 * result is staged and read back as a valid directory before anything is written; then all files are written or none.
 */
public final class Rebase {
    private static final Logger LOG = LoggerFactory.getLogger(Rebase.class);

    private Rebase() {}

    /** Rebases this branch's migrations in {@code config.out()} after the merged branch's ones. */
    public static RebaseResult run(StoriumConfig config, RebaseOptions options) {
        Path out = config.out().toAbsolutePath().normalize();
        try {
            return rebase(config, out, options);
        } catch (StoriumException e) {
            if (!e.getMessage().contains("<out>")) {
                throw e;
            }
            throw new StoriumException(e.code(), e.getMessage().replace("<out>", shown(config, out)), e.getCause());
        }
    }

    private static RebaseResult rebase(StoriumConfig config, Path out, RebaseOptions options) {
        Optional<BranchSides> conflicted = BranchSides.read(out);
        if (conflicted.isEmpty()) {
            return notConflicted(config, out);
        }
        BranchSides sides = conflicted.get();
        String dialect = config.dialect().key();
        if (!sides.ours().dialect().equals(dialect) || !sides.theirs().dialect().equals(dialect)) {
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "Cannot rebase the migrations in " + out + ": they were generated for dialect "
                            + sides.ours().dialect() + " (this branch) and "
                            + sides.theirs().dialect()
                            + " (the merged branch), but the configured dialect is " + dialect + ". The directory was"
                            + " left as it was. Fix: set `dialect` to the one the migrations were generated for.");
        }
        RebasePlan plan = RebasePlan.of(sides, config.dialect());
        String database = checkHistory(config, plan.moved());
        Map<String, String> files = new LinkedHashMap<>();
        plan.files().forEach((relative, text) -> {
            if (!relative.equals(FolderLayout.JOURNAL) && !text.equals(current(out, relative))) {
                files.put(relative, text);
            }
        });
        files.put(SumFile.FILE, stage(out, config, plan));
        files.put(FolderLayout.JOURNAL, plan.files().get(FolderLayout.JOURNAL)); // last, after the files it lists
        if (!options.dryRun()) {
            write(out, files, plan.deletions());
        }
        String message = report(config, out, plan, files.keySet(), options.dryRun(), database);
        LOG.debug(message);
        return new RebaseResult(true, message, plan.renamed(), List.of(), null);
    }

    private static String report(
            StoriumConfig config,
            Path out,
            RebasePlan plan,
            Collection<String> written,
            boolean dryRun,
            String database) {
        String moves = plan.renamed().stream().map(r -> "\n  " + r).collect(Collectors.joining());
        String counts = Phrases.count(plan.moved().size(), "migration") + " of this branch after the "
                + Phrases.count(plan.merged(), "migration") + " merged from the other branch in " + out + ":" + moves;
        String removed = plan.deletions().isEmpty() ? "" : String.join(", ", plan.deletions());
        if (dryRun) {
            return "Dry run: would rebase " + counts + "\nand write " + String.join(", ", written)
                    + (removed.isEmpty() ? "" : "; remove " + removed) + ". Nothing was written.\n" + database;
        }
        return "Rebased " + counts + "\nWrote " + String.join(", ", written)
                + (removed.isEmpty() ? "" : "; removed " + removed) + ".\n" + database + "\nNext: review the result,"
                + " then git add -A " + shown(config, out) + " and commit the merge.";
    }

    /** A directory without conflict markers: nothing to do when it is valid, else it was resolved by hand. */
    private static RebaseResult notConflicted(StoriumConfig config, Path out) {
        MigrationFolder folder;
        try {
            folder = MigrationFolder.read(out, config.dialect());
        } catch (StoriumException e) {
            if (e.code() != ErrorCode.MIGRATION_FOLDER || !e.getMessage().contains("is inconsistent:")) {
                throw e;
            }
            String facts = e.getMessage()
                    .lines()
                    .filter(line -> !line.startsWith("Fix: "))
                    .collect(Collectors.joining("\n"));
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "Cannot rebase: " + FolderLayout.JOURNAL + " holds no git conflict markers, so this branch's"
                            + " migrations cannot be told from the merged branch's ones (were the files resolved by"
                            + " hand?). " + facts + "\nThe directory was left as it was.\nFix: recreate the conflict"
                            + " with git checkout -m -- <out>/meta (add the conflicted .sql files, if any), then run"
                            + " mvn storium:rebase again; or " + Problems.FIX_REGENERATE,
                    e);
        }
        String message = "Nothing to rebase: " + out + " holds no unresolved merge and its migrations are consistent ("
                + folder.describeLast().replaceFirst("^the last migration, ", "last: ") + ").";
        List<String> sum = SumFile.verify(folder);
        if (!sum.isEmpty()) {
            message += " " + SumFile.FILE + " does not match the files:"
                    + sum.stream().map(finding -> "\n  - " + finding).collect(Collectors.joining());
        }
        LOG.debug(message);
        return new RebaseResult(true, message, List.of(), List.of(), null);
    }

    /** Refuses when the configured database has applied a migration that would move; says what was checked. */
    private static String checkHistory(StoriumConfig config, List<JournalEntry> moved) {
        if (!config.hasDatabase()) {
            return "No database was checked: none is configured. Before you migrate anywhere, make sure no database"
                    + " has applied the old names (mvn storium:status with the database's url).";
        }
        String table = config.migrationsTable();
        try (Connection connection = Connections.open(config, "rebase")) {
            Map<String, HistoryRow> rows = new History(table).read(connection);
            List<String> applied = moved.stream()
                    .map(JournalEntry::tag)
                    .filter(rows::containsKey)
                    .map(tag -> tag + " (applied on " + rows.get(tag).appliedAt() + ")")
                    .collect(Collectors.toList());
            if (!applied.isEmpty()) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot rebase: " + String.join(", ", applied) + " of this branch "
                                + (applied.size() == 1 ? "is" : "are") + " recorded in " + table + " of "
                                + Connections.describe(config) + "; a renumbered file would look missing there and"
                                + " its new name pending. The directory was left as it was.\nFix: if that database"
                                + " is a disposable development database, drop and recreate it, then run mvn"
                                + " storium:rebase and mvn storium:migrate. If it is shared, the migration must keep"
                                + " its number: abort the merge (git merge --abort), merge this branch into the other"
                                + " one instead and run mvn storium:rebase there, which moves the other branch's"
                                + " migrations.");
            }
            return "Checked " + Connections.describe(config) + ": none of the moved migrations is applied there.";
        } catch (SQLException e) {
            throw History.unreadable(
                    config,
                    e,
                    "check that the database is reachable and that the user may read that table, then run mvn"
                            + " storium:rebase again. The directory was left as it was.");
        }
    }

    /**
     * Applies the plan to a copy of the directory, reads the copy back as a valid directory and computes its sum file;
     * the text of the sum file rebuilt from the staged files.
     */
    private static String stage(Path out, StoriumConfig config, RebasePlan plan) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("storium-rebase-");
            for (Path dir : List.of(out, out.resolve("meta"))) {
                Path target = staging.resolve(out.relativize(dir).toString());
                Files.createDirectories(target);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                        Files.copy(file, target.resolve(file.getFileName().toString()));
                    }
                }
            }
            for (Map.Entry<String, String> file : plan.files().entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue());
            }
            for (String deleted : plan.deletions()) {
                Files.delete(staging.resolve(deleted));
            }
            MigrationFolder folder;
            try {
                folder = MigrationFolder.read(staging, config.dialect());
            } catch (StoriumException e) {
                throw BranchSides.refusal("the rebased directory would still be inconsistent: "
                        + e.getMessage().replace(staging.toString(), out.toString()));
            }
            return SumFile.compute(folder).text();
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot prepare the rebase in a temporary directory: " + e.getMessage() + ". The directory was"
                            + " left as it was. Fix: check the free space of the temporary directory, then run mvn"
                            + " storium:rebase again.",
                    e);
        } finally {
            deleteTree(staging);
        }
    }

    /** The text of a file under the directory, or null when it is absent. */
    private static String current(Path out, String relative) {
        return Files.isRegularFile(out.resolve(relative)) ? BranchSides.text(out, relative) : null;
    }

    private static void write(Path out, Map<String, String> files, List<String> deletions) {
        MigrationWriter writer = new MigrationWriter();
        files.forEach((relative, text) -> writer.file(out.resolve(relative), text));
        deletions.forEach(relative -> writer.delete(out.resolve(relative)));
        try {
            writer.commit();
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Could not write the rebased migrations to " + out + ": "
                            + e.getClass().getSimpleName() + " "
                            + e.getMessage() + ". The directory was left as it was. Fix: check that " + out
                            + " is writable and the disk is not full, then run mvn storium:rebase again.",
                    e);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete the temporary directory {}: {}", root, e.getMessage());
        }
    }

    /** The directory as the user typed it in git commands: relative to the project when it lies inside it. */
    private static String shown(StoriumConfig config, Path out) {
        Path base = config.baseDir() == null
                ? null
                : config.baseDir().toAbsolutePath().normalize();
        return base != null && out.startsWith(base) && !out.equals(base)
                ? base.relativize(out).toString().replace('\\', '/')
                : out.toString();
    }
}
