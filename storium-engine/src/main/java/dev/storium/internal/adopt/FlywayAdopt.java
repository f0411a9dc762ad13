package dev.storium.internal.adopt;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.flyway.FlywayApplied;
import dev.storium.internal.flyway.FlywayHistory;
import dev.storium.internal.history.History;
import dev.storium.internal.history.HistoryRow;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.Baseline;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.pull.Pull;
import dev.storium.internal.text.Phrases;
import dev.storium.options.AdoptOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.AdoptResult;
import dev.storium.result.BaselineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adopt command for a database migrated by Flyway: verifies every versioned SQL migration its
 * {@code flyway_schema_history} records against its {@code V<n>__<name>.sql} file, then starts Storium's migrations
 * directory from the database's current schema, pull's baseline {@code 0000}, recorded as applied. Flyway's files stay
 * where they are and are not recorded in Storium's history, which holds only the files of Storium's directory.
 * Nothing is changed when a file cannot be verified; Flyway's table is never changed; a second run changes nothing.
 */
final class FlywayAdopt {
    private static final Logger LOG = LoggerFactory.getLogger(FlywayAdopt.class);

    /** The tag of pull's baseline, the one migration of a directory adopt starts. */
    private static final String BASELINE = "0000_pulled_schema";

    private FlywayAdopt() {}

    /** Adopts the database of {@code config}, whose Flyway history is {@code rows}, and the Flyway folder of {@code options}. */
    static AdoptResult run(StoriumConfig config, AdoptOptions options, List<FlywayHistory.Row> rows) {
        String database = Connections.describe(config);
        String table = options.flywayHistory();
        Path from = (options.from() == null ? AdoptOptions.FLYWAY_LOCATION : options.from())
                .toAbsolutePath()
                .normalize();
        Path out = config.out().toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) {
            throw refused(
                    database,
                    "it was migrated by Flyway (" + table + " has " + Phrases.count(rows.size(), "row")
                            + "), and its migrations folder " + from + " does not exist",
                    "point -Dstorium.from (or <from>)"
                            + " at the folder of its V<n>__<name>.sql files (Flyway's locations)");
        }
        if (from.equals(out)) {
            throw refused(
                    database,
                    "Storium's migrations directory (out) is Flyway's folder " + from,
                    "set out to a"
                            + " new directory, such as -Dstorium.out=src/main/resources/storium; Flyway's files stay where"
                            + " they are");
        }
        FlywayApplied verified = FlywayApplied.verify(from, rows, table);
        if (!verified.problems().isEmpty()) {
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "Cannot adopt " + database + ": "
                            + Phrases.count(verified.problems().size(), "applied migration")
                            + " of " + table + " cannot be verified. Nothing was changed.\n- "
                            + String.join(".\n- ", verified.problems()) + ".");
        }
        if (!verified.notApplied().isEmpty()) {
            throw refused(
                    database,
                    String.join(", ", verified.notApplied()) + " in " + from + " "
                            + (verified.notApplied().size() == 1 ? "is" : "are") + " not applied: " + table
                            + " has no row for " + (verified.notApplied().size() == 1 ? "it" : "them") + ", and Storium"
                            + " starts from the schema the database has now, so "
                            + (verified.notApplied().size() == 1 ? "it" : "they") + " would never run",
                    "apply them with Flyway first (flyway migrate), then"
                            + " adopt; or, if they must never run, move them out of " + from);
        }
        List<String> scripts =
                verified.applied().stream().map(FlywayApplied.Applied::script).toList();
        List<String> warnings = new ArrayList<>(verified.warnings());
        List<String> tags = MigrationFolder.read(out, config.dialect()).migrations().stream()
                .map(Migration::tag)
                .toList();
        Map<String, HistoryRow> recorded = storiumHistory(config);
        if (!tags.isEmpty() && recorded.containsKey(tags.get(0))) {
            return result(
                    config,
                    scripts,
                    List.of(),
                    false,
                    warnings,
                    "Already adopted: " + database
                            + " has its Flyway migrations verified and " + tags.get(0) + " recorded in "
                            + config.migrationsTable() + ". Nothing changed.");
        }
        if (!recorded.isEmpty()) {
            throw refused(
                    database,
                    "its history table " + config.migrationsTable() + " already has "
                            + Phrases.count(recorded.size(), "migration") + " (" + String.join(", ", recorded.keySet())
                            + "), but not the first migration of " + out,
                    "run mvn storium:status to see how the history" + " and the directory differ");
        }
        boolean wrote = tags.isEmpty();
        if (!wrote && !tags.equals(List.of(BASELINE))) {
            throw refused(
                    database,
                    out + " holds migrations (" + String.join(", ", tags) + ") and adopt starts a new"
                            + " directory with the baseline " + BASELINE,
                    "set out to a new directory (-Dstorium.out=...)");
        }
        Path baseline = out.resolve(BASELINE + ".sql");
        String code = "";
        if (wrote) {
            Pull.Written written = Pull.write(config, options.code(), "adopt");
            baseline = written.migration();
            warnings.addAll(written.warnings());
            code = " Wrote the Java schema into " + written.where() + ".";
        }
        BaselineResult recordedBaseline = Baseline.run(config, BASELINE, MigrateOptions.DEFAULT_LOCK_WAIT);
        if (!recordedBaseline.success()) {
            throw recordedBaseline.error(); // the baseline file stays: adopt again records it (see above)
        }
        return result(
                config,
                scripts,
                List.of(BASELINE),
                wrote,
                warnings,
                "Adopted " + database + " from Flyway: "
                        + verifiedPhrase(scripts, table) + (wrote ? "wrote " : "kept ") + baseline + ", the schema the"
                        + " database has now, and recorded it as applied in " + config.migrationsTable() + " (" + table
                        + " left as it was)." + code + " Flyway's files are not run again: change the Java schema, then"
                        + " run mvn storium:generate for the next migration.");
    }

    private static String verifiedPhrase(List<String> scripts, String table) {
        return "verified " + Phrases.count(scripts.size(), "migration") + " against the checksums " + table
                + " recorded" + (scripts.isEmpty() ? "" : " (" + String.join(", ", scripts) + ")") + "; ";
    }

    private static Map<String, HistoryRow> storiumHistory(StoriumConfig config) {
        try (Connection connection = Connections.open(config, "adopt")) {
            return new History(config.migrationsTable()).read(connection);
        } catch (SQLException e) {
            throw History.unreadable(config, e, "check that the user may read it; nothing was changed.");
        }
    }

    private static StoriumException refused(String database, String facts, String fix) {
        return new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "Cannot adopt " + database + ": " + facts + ". Nothing was changed. Fix: " + fix + ".");
    }

    private static AdoptResult result(
            StoriumConfig config,
            List<String> scripts,
            List<String> recorded,
            boolean wrote,
            List<String> warnings,
            String message) {
        warnings.forEach(LOG::warn);
        LOG.info(message);
        return new AdoptResult(true, message, "flyway", scripts, recorded, List.of(), List.of(), wrote, warnings, null);
    }
}
