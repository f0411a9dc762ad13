package dev.storium.internal.migration;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.DataLossGuard;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.MigrationNames;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.internal.text.Phrases;
import dev.storium.options.GenerateOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.GenerateResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generate command: code scanned into a model, diffed against the last snapshot, checked for data loss, rendered
 * for the dialect and written as the next migration. Throws {@link StoriumException}; the facade turns it into a result,
 * whose message is the report (the log repeats it at DEBUG only, so a goal that prints the message prints it once).
 */
public final class Generate {
    private static final Logger LOG = LoggerFactory.getLogger(Generate.class);

    private Generate() {}

    /** Writes the next migration for the code in {@code source}, or nothing when the code matches the last snapshot. */
    public static GenerateResult run(StoriumConfig config, SchemaSource source, GenerateOptions options) {
        return run(
                config, () -> SchemaScan.requireTables(config.schema(), source).definition(), options);
    }

    /** Writes the next migration for the given table definitions, or nothing when they match the last snapshot. */
    public static GenerateResult run(StoriumConfig config, Collection<TableDef> tables, GenerateOptions options) {
        return run(config, () -> SchemaDefinition.of(tables), options);
    }

    /** Writes the next migration for the given definitions, or nothing when they match the last snapshot. */
    public static GenerateResult run(StoriumConfig config, SchemaDefinition schema, GenerateOptions options) {
        return run(config, () -> schema, options);
    }

    private static GenerateResult run(
            StoriumConfig config, Supplier<SchemaDefinition> tables, GenerateOptions options) {
        MigrationFolder folder = MigrationFolder.read(config.out(), config.dialect());
        String givenName =
                options.name() == null || options.name().isBlank() ? null : MigrationNames.sanitize(options.name());
        if (options.custom()) {
            return custom(folder, givenName == null ? "custom" : givenName);
        }
        // diffed as the dialect sees them: another dialect's custom SQL type is no change here; the snapshot keeps all
        String dialect = config.dialect().key();
        SchemaModel previous = folder.latestModel().forDialect(dialect);
        SchemaModel next = Models.fromDefinitions(tables.get(), config.dialect());
        List<SchemaChange> changes = Differ.diff(previous, next.forDialect(dialect));
        if (changes.isEmpty()) {
            String message = "Nothing to generate: the schema in code matches " + folder.describeLast() + ".";
            LOG.debug(message);
            return new GenerateResult(true, message, null, List.of(), List.of(), null);
        }
        DataLossGuard.check(changes, options.allowDataLoss());
        List<String> statements = SqlRenderer.of(config.dialect()).render(changes, previous, next.forDialect(dialect));
        String name = givenName == null ? MigrationNames.derive(changes) : givenName;
        MigrationFolder.Written written = folder.writeNext(name, MigrationSql.join(statements), next);
        Path file = written.migration().sqlFile();
        LOG.debug("Wrote {} ({})", file, Phrases.count(statements.size(), "statement"));
        statements.forEach(statement -> LOG.debug("{}", statement));
        String message = "Wrote " + file + " with " + Phrases.count(statements.size(), "statement") + ":"
                + changes.stream().map(c -> "\n  - " + c.describe()).collect(Collectors.joining())
                + sumNote(folder, written);
        List<String> warnings = new ArrayList<>(written.sumWarnings());
        allowedLoss(changes, options).ifPresent(warnings::add);
        withoutPrimaryKey(config, previous, next).ifPresent(warnings::add);
        return new GenerateResult(true, message, file, statements, warnings, null);
    }

    private static GenerateResult custom(MigrationFolder folder, String name) {
        MigrationFolder.Written written =
                folder.writeNext(name, MigrationSql.CUSTOM_PLACEHOLDER + "\n", folder.latestModel());
        Path file = written.migration().sqlFile();
        LOG.debug("Wrote {} (custom, 0 statements)", file);
        String message = "Wrote " + file + ", an empty custom migration: write its SQL there,"
                + " separating statements with a line '" + MigrationSql.BREAKPOINT + "'. Its snapshot keeps the"
                + " schema unchanged. After writing it, run mvn storium:rehash to record its new SHA-256 in "
                + SumFile.FILE + "." + sumNote(folder, written);
        return new GenerateResult(true, message, file, List.of(), written.sumWarnings(), null);
    }

    /** What the message adds when the write created the sum file for migrations that had none; else nothing. */
    private static String sumNote(MigrationFolder folder, MigrationFolder.Written written) {
        int count = folder.migrations().size();
        if (count == 0 || !written.sumCreated()) {
            return "";
        }
        String them = count == 1 ? "it" : "them";
        return "\nCreated " + SumFile.FILE + " with the SHA-256 of the " + Phrases.count(count, "migration")
                + " before it too: the directory had no sum file (it predates it, or comes"
                + " from drizzle-kit). Review " + them + " and commit the sum file with " + them + "; from now on a"
                + " hand edit fails storium:check.";
    }

    /**
     * On MySQL/MariaDB, the warning that names the tables this file creates without a primary key (or whose key it
     * drops): a Galera cluster replicates them badly and may refuse them; else none.
     */
    private static Optional<String> withoutPrimaryKey(StoriumConfig config, SchemaModel previous, SchemaModel next) {
        if (config.dialect() != Dialect.MYSQL) {
            return Optional.empty();
        }
        List<String> names = next.tables().values().stream()
                .filter(table -> table.primaryKey().isEmpty())
                .filter(table -> previous.table(table.name())
                        .map(before -> !before.primaryKey().isEmpty())
                        .orElse(true))
                .map(table -> table.name())
                .sorted()
                .collect(Collectors.toList());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("No primary key on " + String.join(", ", names) + ": on a Galera cluster (MariaDB Galera,"
                + " Percona XtraDB Cluster) every row change of such a table is certified by whole rows and applied"
                + " by scans on every node, and a cluster with wsrep_mode=REQUIRED_PRIMARY_KEY or"
                + " innodb_force_primary_key refuses the table. Fix: give it a primary key (.primaryKey(...) in its"
                + " definition) and generate again, unless it never runs on a cluster.");
    }

    /** With {@code allowDataLoss}, the warning that names the changes that lose data; else none. */
    private static Optional<String> allowedLoss(List<SchemaChange> changes, GenerateOptions options) {
        if (!options.allowDataLoss()) {
            return Optional.empty();
        }
        String losing = changes.stream()
                .filter(SchemaChange::losesData)
                .map(SchemaChange::describe)
                .collect(Collectors.joining(", "));
        return losing.isEmpty()
                ? Optional.empty()
                : Optional.of("allowDataLoss is set: the migration loses data: " + losing);
    }
}
