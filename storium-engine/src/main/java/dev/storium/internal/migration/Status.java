package dev.storium.internal.migration;

import dev.storium.config.StoriumConfig;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Models;
import dev.storium.internal.scan.FoundSchemas;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.text.Phrases;
import dev.storium.options.SchemaSource;
import dev.storium.result.StatusResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The offline status command: the migrations directory, the schema classes and tables found, and whether the code has
 * changes no migration holds yet. Throws {@code StoriumException} for a broken directory or schema.
 */
public final class Status {
    private Status() {}

    /** The status of the migrations directory {@code folder} (read already) and the code in {@code source}. */
    public static StatusResult run(StoriumConfig config, SchemaSource source, MigrationFolder folder) {
        FoundSchemas found = SchemaScan.collect(config.schema(), source);
        List<SchemaChange> changes = found.tables().isEmpty()
                ? List.of()
                : Differ.diff(
                        folder.latestModel().forDialect(config.dialect().key()),
                        Models.fromDefinitions(found.definition(), config.dialect())
                                .forDialect(config.dialect().key()));
        List<String> tags = folder.migrations().stream().map(Migration::tag).collect(Collectors.toList());
        List<String> tables = new ArrayList<>(found.tables().keySet());
        StringBuilder message = new StringBuilder()
                .append("Dialect: ")
                .append(config.dialect().key())
                .append("\nMigrations directory: ")
                .append(folder.directory())
                .append(count(
                        tags.size(), "migration", folder.directory().toFile().exists() ? "" : ", not created yet"));
        tags.forEach(tag -> message.append("\n  ").append(tag).append(".sql"));
        message.append("\nSchema classes").append(count(found.classes().size(), "class", ""));
        found.classes().forEach(name -> message.append("\n  ").append(name));
        message.append("\nTables").append(count(tables.size(), "table", "")).append(tables.isEmpty() ? "" : ": ");
        message.append(String.join(", ", tables));
        message.append('\n').append(pending(found, changes, folder));
        return new StatusResult(
                true,
                message.toString(),
                config.dialect().key(),
                folder.directory().toString(),
                tags,
                found.classes(),
                tables,
                !changes.isEmpty(),
                changes.stream().map(SchemaChange::describe).collect(Collectors.toList()),
                null,
                List.of(),
                List.of(),
                null);
    }

    private static String pending(FoundSchemas found, List<SchemaChange> changes, MigrationFolder folder) {
        if (found.tables().isEmpty()) {
            return "No table definitions found in " + found.searched() + "; declare public static final TableDef"
                    + " fields, or set `schema` to the classes that hold them.";
        }
        if (changes.isEmpty()) {
            return "Up to date: the schema in code matches " + folder.describeLast() + ".";
        }
        return "Changes not yet generated" + count(changes.size(), "change", "") + ":"
                + changes.stream().map(c -> "\n  - " + c.describe()).collect(Collectors.joining())
                + "\nRun mvn storium:generate to write them as the next migration.";
    }

    private static String count(int n, String noun, String suffix) {
        return " (" + Phrases.count(n, noun) + suffix + ")";
    }
}
