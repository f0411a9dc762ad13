package dev.storium.internal.check;

import dev.storium.ErrorCode;
import dev.storium.Finding;
import dev.storium.Finding.Section;
import dev.storium.StoriumException;
import dev.storium.config.Dialect;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.migrate.MigrationState;
import dev.storium.internal.migrate.MigrationState.Kind;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Destructive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The destructive statements of the migrations not yet applied: for a generated migration, the changes between its
 * snapshot and the one before, worded as push words them ({@link Destructive}); for a custom migration (its snapshot
 * equals the one before), a scan of its statements for DROP TABLE, DROP COLUMN, TRUNCATE and DELETE.
 */
final class PendingDestructive {
    /** The fix of a destructive statement that {@code failOnDestructive} turns into a finding. */
    static final String FIX = "review it: the migration is not applied yet, so change it now if the loss is not"
            + " intended; if it is, run this build without -Dstorium.failOnDestructive=true.";

    private static final Pattern STATEMENT =
            Pattern.compile("(?i)\\b(DROP\\s+TABLE|DROP\\s+COLUMN|TRUNCATE|DELETE\\s+FROM)\\b");

    private final Destructive destructive;

    /** Reads row counts through {@code connection} for the tables {@code live} has. */
    PendingDestructive(Connection connection, Dialect dialect, SchemaModel live) {
        this.destructive = new Destructive(
                table -> live.table(table).isPresent() && Destructive.hasRows(connection, dialect, table));
    }

    void report(
            MigrationFolder folder,
            List<MigrationState> states,
            boolean failOnDestructive,
            List<Finding> findings,
            List<String> warnings) {
        List<Migration> migrations = folder.migrations();
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            if (!pending(states, migration.tag())) {
                continue;
            }
            String file = migration.tag() + ".sql";
            for (String line : lines(migrations, i)) {
                if (failOnDestructive) {
                    findings.add(new Finding(Section.DESTRUCTIVE, file, file + ": " + line, FIX));
                } else {
                    warnings.add("pending " + file + " is destructive: " + line + ".");
                }
            }
        }
    }

    private List<String> lines(List<Migration> migrations, int index) {
        Migration migration = migrations.get(index);
        SchemaModel before = index == 0
                ? SchemaModel.empty()
                : migrations.get(index - 1).snapshot().model();
        List<SchemaChange> changes = Differ.diff(before, migration.snapshot().model());
        if (changes.isEmpty()) {
            return scan(migration);
        }
        return changes.stream()
                .map(change -> change.accept(destructive))
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    /** The statements of a custom migration that delete tables, columns or rows. */
    private static List<String> scan(Migration migration) {
        String text;
        try {
            text = Files.readString(migration.sqlFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO, "Cannot read the migration " + migration.sqlFile() + ": " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>();
        for (String statement : MigrationSql.split(text)) {
            String code = statement
                    .lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining(" "))
                    .strip();
            Matcher matcher = STATEMENT.matcher(code);
            if (matcher.find()) {
                String shown = code.length() > 100 ? code.substring(0, 100) + "..." : code;
                lines.add("custom SQL " + shown.replaceAll("\\s+", " ") + ": "
                        + matcher.group(1).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
                        + " deletes data");
            }
        }
        return lines;
    }

    private static boolean pending(List<MigrationState> states, String tag) {
        return states.stream()
                .anyMatch(s -> s.tag().equals(tag) && (s.kind() == Kind.PENDING || s.kind() == Kind.OUT_OF_ORDER));
    }
}
