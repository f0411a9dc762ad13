package dev.storium.internal.migrate;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.drizzle.DrizzleApplied;
import dev.storium.internal.drizzle.DrizzleFolder;
import dev.storium.internal.drizzle.DrizzleHistory;
import dev.storium.internal.drizzle.DrizzleSnapshot;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migration.ConvertedFolder;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationText;
import dev.storium.internal.migration.Snapshot;
import dev.storium.internal.text.Phrases;
import dev.storium.options.AdoptOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.AdoptResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adopt command for a database migrated by drizzle-orm: checks every file its {@code __drizzle_migrations} table
 * recorded against the recorded hash, converts the drizzle-kit folder into Storium's directory (the SQL files as they
 * are, each snapshot converted) and records the applied files in Storium's history, as migrate would have. It reads
 * everything before it changes anything, and changes nothing in the database but Storium's history table. A second
 * run finds the directory converted and the files recorded, and changes nothing.
 */
public final class Adopt {
    private static final Logger LOG = LoggerFactory.getLogger(Adopt.class);

    private Adopt() {}

    /** Adopts the database of {@code config} and the drizzle-kit folder of {@code options}. */
    public static AdoptResult run(StoriumConfig config, AdoptOptions options) {
        Dialect dialect = config.dialect();
        if (dialect == Dialect.MEMORY) {
            throw new StoriumException(
                    ErrorCode.UNSUPPORTED,
                    "Cannot adopt an H2 database: drizzle-orm migrates PostgreSQL, MySQL/MariaDB and SQLite. Fix:"
                            + " configure the url and dialect of the database drizzle migrated.");
        }
        Path out = config.out().toAbsolutePath().normalize();
        Path from =
                options.from() == null ? out : options.from().toAbsolutePath().normalize();
        boolean converted = ConvertedFolder.isStorium(out);
        List<DrizzleFolder.Entry> entries;
        DrizzleFolder drizzle = null;
        if (converted) {
            entries = MigrationFolder.read(out, dialect).migrations().stream()
                    .map(m -> new DrizzleFolder.Entry(
                            m.entry().idx(),
                            m.entry().when(),
                            m.tag(),
                            m.entry().breakpoints()))
                    .collect(Collectors.toList());
        } else {
            if (!from.equals(out) && Files.exists(out.resolve("meta/_journal.json"))) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot adopt " + from + " into " + out + ": " + out + " holds a journal but no Storium sum"
                                + " file, so it is neither empty nor a Storium directory. Nothing was changed. Fix: set"
                                + " `out` to a new directory, or leave -Dstorium.from unset to convert " + out
                                + " in place.");
            }
            drizzle = DrizzleFolder.read(from, dialect);
            entries = drizzle.entries();
        }
        Path folder = converted ? out : from;
        Function<DrizzleFolder.Entry, Path> sqlFile = entry -> folder.resolve(entry.fileName());
        String table = DrizzleHistory.qualifiedName(dialect);
        try (Connection connection = Connections.open(config, "adopt");
                MigrationLock lock =
                        MigrationLock.acquire(config, connection, MigrateOptions.DEFAULT_LOCK_WAIT, "adopt")) {
            List<DrizzleHistory.Row> rows = DrizzleHistory.read(connection, dialect)
                    .orElseThrow(() -> new StoriumException(
                            ErrorCode.MIGRATION_FOLDER,
                            "Cannot adopt " + Connections.describe(config) + ": it has no table " + table
                                    + ", where drizzle-orm's migrator records what it applied. Nothing was changed."
                                    + " Fix: check the url; for a database Flyway migrated into a table of another"
                                    + " name or schema, set -Dstorium.flywayTable and -Dstorium.flywaySchema as"
                                    + " Flyway's flyway.table and flyway.defaultSchema; for a database no such tool"
                                    + " migrated, run mvn storium:baseline instead."));
            DrizzleApplied sorted = DrizzleApplied.match(entries, sqlFile, rows, folder, table);
            if (!sorted.problems().isEmpty()) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot adopt " + Connections.describe(config) + ": "
                                + Phrases.count(sorted.problems().size(), "applied migration")
                                + " of " + table + " cannot be verified. Nothing was changed.\n- "
                                + String.join(".\n- ", sorted.problems()) + ".");
            }
            History history = new History(config.migrationsTable());
            Map<String, HistoryRow> recorded = history.read(connection);
            List<DrizzleFolder.Entry> toRecord = unrecorded(sorted.applied(), recorded, sqlFile, config);
            List<String> warnings = new ArrayList<>(skippedWarnings(sorted, table));
            if (!converted) {
                warnings.addAll(convert(drizzle, out, dialect));
            }
            record(connection, history, toRecord, out);
            return result(config, sorted.withoutPending(recorded.keySet()), toRecord, !converted, warnings, table);
        } catch (SQLException e) {
            throw Migrate.failure(config, "adopt", e);
        }
    }

    /** The applied entries Storium's history does not have yet; one it has with another hash is refused. */
    private static List<DrizzleFolder.Entry> unrecorded(
            List<DrizzleFolder.Entry> applied,
            Map<String, HistoryRow> recorded,
            Function<DrizzleFolder.Entry, Path> sqlFile,
            StoriumConfig config) {
        List<DrizzleFolder.Entry> missing = new ArrayList<>();
        for (DrizzleFolder.Entry entry : applied) {
            HistoryRow row = recorded.get(entry.tag());
            if (row == null) {
                missing.add(entry);
            } else if (!row.sha256().equals(MigrationText.hashFile(sqlFile.apply(entry)))) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot adopt " + Connections.describe(config) + ": its history table "
                                + config.migrationsTable() + " already records " + entry.tag() + " with SHA-256 "
                                + Phrases.shortHash(row.sha256()) + ", another text than " + entry.fileName()
                                + " has now. Nothing was changed. Fix: run mvn storium:status to see how the history"
                                + " and the files differ.");
            }
        }
        return missing;
    }

    /**
     * Converts every snapshot and writes the Storium directory; a snapshot after which the schema would differ from
     * drizzle's stops adopt when it is the last one (the one generate diffs against), and is a warning for an earlier one.
     */
    private static List<String> convert(DrizzleFolder drizzle, Path out, Dialect dialect) {
        List<String> warnings = new ArrayList<>();
        List<ConvertedFolder.Converted> migrations = new ArrayList<>();
        List<DrizzleFolder.Entry> entries = drizzle.entries();
        for (int i = 0; i < entries.size(); i++) {
            DrizzleFolder.Entry entry = entries.get(i);
            Path file = drizzle.snapshotFile(entry);
            String name = "meta/" + file.getFileName();
            if (!Files.isRegularFile(file)) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot adopt " + drizzle.directory() + ": " + entry.tag() + " has no snapshot " + name
                                + ". Nothing was changed. Fix: restore it from version control.");
            }
            DrizzleSnapshot.Converted snapshot = DrizzleSnapshot.read(file, name, dialect);
            boolean last = i == entries.size() - 1;
            if (last && !snapshot.problems().isEmpty()) {
                throw new StoriumException(
                        ErrorCode.UNSUPPORTED,
                        "Cannot adopt " + drizzle.directory() + ": its last snapshot " + name + " cannot be converted"
                                + " into Storium's schema, which generate diffs the code against. Nothing was"
                                + " changed.\n- " + String.join(".\n- ", snapshot.problems()) + ".\nFix: change"
                                + " these in the drizzle schema and migrate with drizzle-kit first, then adopt.");
            }
            snapshot.problems()
                    .forEach(problem -> warnings.add(problem + "; left out of the converted snapshot (an earlier one,"
                            + " which no command diffs against)"));
            warnings.addAll(last ? snapshot.warnings() : List.of());
            migrations.add(new ConvertedFolder.Converted(
                    entry.tag(),
                    entry.when(),
                    entry.breakpoints(),
                    drizzle.sqlFile(entry),
                    snapshot.id(),
                    i == 0 ? Snapshot.NO_PARENT : snapshot.prevId(),
                    snapshot.model()));
        }
        List<String> kept = ConvertedFolder.write(out, dialect, migrations);
        LOG.info(
                "Converted {} into {}{}.",
                Phrases.count(entries.size(), "drizzle-kit migration"),
                out,
                kept.isEmpty() ? "" : " (drizzle-kit's journal and snapshots kept under " + ConvertedFolder.KEPT + ")");
        return warnings;
    }

    private static List<String> skippedWarnings(DrizzleApplied sorted, String table) {
        List<String> warnings = new ArrayList<>();
        for (DrizzleFolder.Entry entry : sorted.skipped()) {
            warnings.add(entry.fileName() + " was never applied: drizzle's migrator skipped it because it is older"
                    + " (generated " + Instant.ofEpochMilli(entry.when()) + ") than "
                    + sorted.newest().fileName()
                    + ", the last migration " + table + " records. Storium's migrate lists it as out of order. Fix:"
                    + " check whether its statements are in the database; if they are not, apply it with mvn"
                    + " storium:migrate -Dstorium.outOfOrder=true");
        }
        return warnings;
    }

    /** Records {@code entries} as applied, in one transaction, each with its hash as Storium computes it. */
    private static void record(Connection connection, History history, List<DrizzleFolder.Entry> entries, Path out)
            throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        history.create(connection);
        connection.setAutoCommit(false);
        try {
            for (DrizzleFolder.Entry entry : entries) {
                String hash = MigrationText.hashFile(out.resolve(entry.fileName()));
                history.insert(connection, new HistoryRow(entry.tag(), hash, entry.when(), History.now(), 0, true));
                LOG.info("Recorded {} as applied (adopted from drizzle).", entry.fileName());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static AdoptResult result(
            StoriumConfig config,
            DrizzleApplied sorted,
            List<DrizzleFolder.Entry> recorded,
            boolean converted,
            List<String> warnings,
            String table) {
        String database = Connections.describe(config);
        String message;
        if (!converted && recorded.isEmpty()) {
            message = "Already adopted: " + database + " has its "
                    + Phrases.count(sorted.applied().size(), "migration")
                    + " applied by drizzle recorded in " + config.migrationsTable() + ", and " + config.out()
                    + " is a Storium directory. Nothing changed.";
        } else {
            message = "Adopted " + database + ": "
                    + (converted
                            ? "converted " + config.out() + " to Storium's" + " directory (the SQL files unchanged), "
                            : "")
                    + "recorded " + Phrases.count(recorded.size(), "migration") + " applied by drizzle in "
                    + config.migrationsTable() + " (" + table + " left as it was).";
        }
        message += pendingPhrase(sorted) + " Run mvn storium:generate for the next migration.";
        warnings.forEach(LOG::warn);
        LOG.info(message);
        return new AdoptResult(
                true,
                message,
                "drizzle",
                sorted.applied().stream().map(DrizzleFolder.Entry::tag).toList(),
                recorded.stream().map(DrizzleFolder.Entry::tag).toList(),
                sorted.skipped().stream().map(DrizzleFolder.Entry::tag).toList(),
                sorted.pending().stream().map(DrizzleFolder.Entry::tag).toList(),
                converted,
                warnings,
                null);
    }

    private static String pendingPhrase(DrizzleApplied sorted) {
        List<String> skipped =
                sorted.skipped().stream().map(DrizzleFolder.Entry::tag).toList();
        List<String> pending =
                sorted.pending().stream().map(DrizzleFolder.Entry::tag).toList();
        return (pending.isEmpty() ? "" : " Not applied yet, for migrate: " + String.join(", ", pending) + ".")
                + (skipped.isEmpty() ? "" : " Skipped by drizzle's migrator: " + String.join(", ", skipped) + ".");
    }
}
