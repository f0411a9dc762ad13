package dev.storium.internal.check;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.migration.InconsistentFolderException;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.SumFile;
import dev.storium.internal.model.Models;
import dev.storium.internal.scan.FoundSchemas;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.text.Phrases;
import dev.storium.options.CheckOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.CheckResult;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The check command: every way the code, the migrations directory and a configured database can disagree, each a
 * {@link Finding} with its fix, and the destructive statements of pending migrations as warnings. Offline without a
 * database; with one, it only reads.
 */
public final class Check {
    /** The fix for schema changes in code that no migration holds. */
    static final String FIX_GENERATE = "run mvn storium:generate to write these changes as the next migration, review"
            + " it and commit it with the code.";

    private Check() {}

    /** Checks the code in {@code source}, the migrations directory and, when configured, the database. */
    public static CheckResult run(StoriumConfig config, SchemaSource source, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MigrationFolder folder = folder(config, findings);
        if (folder != null) {
            findings.addAll(code(config, source, folder, warnings));
            findings.addAll(sum(folder));
        }
        boolean reachable = true;
        if (!config.hasDatabase()) {
            warnings.add("No database configured: pending migrations, the history and drift were not checked, and"
                    + " which migrations are pending (and so destructive) is unknown. Set `url` to check them.");
        } else if (folder != null) {
            reachable = DatabaseCheck.run(config, folder, options, findings, warnings);
        } else {
            warnings.add("The database was not checked: its history and schema are compared with the migrations"
                    + " directory, which must be consistent first.");
        }
        return Report.of(config, folder, findings, warnings, reachable);
    }

    /** The sum-file section: each line {@link SumFile#verify} returns (a fact with its fix) becomes a finding. */
    static List<Finding> sum(MigrationFolder folder) {
        return SumFile.verify(folder).stream()
                .map(line ->
                        finding(Section.SUM, SumFile.FILE, line, "run mvn storium:rehash after a deliberate edit."))
                .collect(Collectors.toList());
    }

    /** The validated directory, or null after adding a finding for each of its problems. */
    private static MigrationFolder folder(StoriumConfig config, List<Finding> findings) {
        try {
            return MigrationFolder.read(config.out(), config.dialect());
        } catch (InconsistentFolderException e) {
            e.problems()
                    .forEach(problem -> findings.add(
                            new Finding(Section.FOLDER, config.out().toString(), problem.fact(), problem.fix())));
            return null;
        } catch (StoriumException e) {
            findings.add(
                    finding(Section.FOLDER, config.out().toString(), e.getMessage(), "fix the migrations directory."));
            return null;
        }
    }

    /** The schema changes in code that no migration holds, one finding each. */
    private static List<Finding> code(
            StoriumConfig config, SchemaSource source, MigrationFolder folder, List<String> warnings) {
        FoundSchemas found;
        try {
            found = SchemaScan.collect(config.schema(), source);
        } catch (StoriumException e) {
            return List.of(finding(Section.CODE, "schema classes", e.getMessage(), "fix the table definitions."));
        }
        if (found.tables().isEmpty()) {
            if (folder.migrations().isEmpty()) {
                warnings.add("No table definitions found in " + found.searched() + " and no migrations: there is no"
                        + " schema to check.");
                return List.of();
            }
            return List.of(new Finding(
                    Section.CODE,
                    "schema classes",
                    "No table definitions found in " + found.searched() + ", but the migrations hold "
                            + Phrases.count(folder.latestModel().tables().size(), "table"),
                    "compile the project before the check (bind storium:check to the verify phase, or run mvn"
                            + " compile storium:check), or set `schema` to the classes that hold the tables."));
        }
        String dialect = config.dialect().key();
        List<SchemaChange> changes = Differ.diff(
                folder.latestModel().forDialect(dialect),
                Models.fromDefinitions(found.definition(), config.dialect()).forDialect(dialect));
        List<Finding> findings = new ArrayList<>();
        String against = folder.migrations().isEmpty()
                ? " (there are no migrations yet)"
                : " (compared with the last migration, " + lastTag(folder) + ")";
        for (SchemaChange change : changes) {
            findings.add(new Finding(
                    Section.CODE,
                    change.table(),
                    "the code has a change that no migration holds: " + change.describe() + against,
                    FIX_GENERATE));
        }
        return findings;
    }

    static String lastTag(MigrationFolder folder) {
        return folder.lastTag() == null ? "none" : folder.lastTag();
    }

    /**
     * A finding from a message, split at its {@code Fix:} where it has one; else the whole message is the
     * fact and {@code fallbackFix} the fix.
     */
    static Finding finding(Section section, String subject, String message, String fallbackFix) {
        int at = message.lastIndexOf("Fix: ");
        if (at < 0) {
            return new Finding(section, subject, message.strip(), fallbackFix);
        }
        String fact = message.substring(0, at).strip();
        return new Finding(
                section,
                subject,
                fact.endsWith(".") ? fact.substring(0, fact.length() - 1) : fact,
                message.substring(at + 5).strip());
    }

    /** The error of a failed check: the environment's when the database could not be read, else the findings'. */
    static StoriumException error(String message, boolean reachable) {
        return new StoriumException(reachable ? ErrorCode.CHECK : ErrorCode.DATABASE, message);
    }
}
