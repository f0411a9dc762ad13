package dev.storium.internal.check;

import dev.storium.config.Dialect;
import dev.storium.internal.catalog.TableRows;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.RiskLine;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.migrate.MigrationState;
import dev.storium.internal.migrate.MigrationState.Kind;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.migration.MigrationText;
import dev.storium.internal.model.SchemaModel;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The destructive statements of the migrations not yet applied: for a generated migration, the changes between its
 * snapshot and the one before, worded as generate and push word them ({@link RiskLine}); for a custom migration (its snapshot
 * equals the one before), a scan of its statements for DROP TABLE, DROP COLUMN, TRUNCATE and DELETE.
 */
final class PendingDestructive {
    /** The fix of a destructive statement that {@code failOnDestructive} turns into a finding. */
    static final String FIX = "review it: the migration is not applied yet, so change it now if the loss is not"
            + " intended; if it is, run this build without -Dstorium.failOnDestructive=true.";

    private static final Pattern STATEMENT =
            Pattern.compile("(?i)\\b(DROP\\s+TABLE|DROP\\s+COLUMN|TRUNCATE|DELETE\\s+FROM)\\b");

    private final RiskLine destructive;
    private final String dialect;

    /** Reads row counts through {@code connection} for the tables {@code live} has. */
    PendingDestructive(Connection connection, Dialect dialect, SchemaModel live) {
        this.dialect = dialect.key();
        this.destructive =
                new RiskLine(table -> live.table(table).isPresent() && TableRows.any(connection, dialect, table));
    }

    void report(
            MigrationFolder folder,
            List<MigrationState> states,
            boolean failOnDestructive,
            List<Finding> findings,
            List<String> warnings) {
        Set<String> pending = states.stream()
                .filter(s -> s.kind() == Kind.PENDING || s.kind() == Kind.OUT_OF_ORDER)
                .map(MigrationState::tag)
                .collect(Collectors.toSet());
        List<Migration> migrations = folder.migrations();
        SchemaModel before = null; // the model of the migration before i, when the loop read it already
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            if (!pending.contains(migration.tag())) {
                before = null;
                continue;
            }
            if (before == null) {
                before = i == 0
                        ? SchemaModel.empty()
                        : migrations.get(i - 1).snapshot().model();
            }
            SchemaModel after = migration.snapshot().model();
            String file = migration.tag() + ".sql";
            for (String line : lines(migration, before, after)) {
                if (failOnDestructive) {
                    findings.add(new Finding(Section.DESTRUCTIVE, file, file + ": " + line, FIX));
                } else {
                    warnings.add("pending " + file + " is destructive: " + line + ".");
                }
            }
            before = after;
        }
    }

    /** The destructive lines of {@code migration}, which takes the schema from {@code before} to {@code after}. */
    private List<String> lines(Migration migration, SchemaModel before, SchemaModel after) {
        List<SchemaChange> changes = Differ.diff(before.forDialect(dialect), after.forDialect(dialect));
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
        String text = MigrationText.read(migration.sqlFile());
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
}
