package dev.storium.internal.flyway;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each row of Flyway's history checked against the migrations folder: a versioned SQL migration that succeeded must
 * have its script, and the script its recorded checksum. A failed row, a missing script or a changed one is a problem;
 * what Storium cannot take over (a Java migration, a repeatable one) is a warning naming it.
 *
 * @param applied the versioned SQL migrations applied and verified, in the order Flyway applied them
 * @param notApplied the {@code V<n>__<name>.sql} files of the folder that the history does not hold, by name
 * @param problems each row that cannot be verified, with its fix, one sentence each
 * @param warnings each row that is not a versioned SQL migration and is not taken over, one sentence each
 */
public record FlywayApplied(
        List<Applied> applied, List<String> notApplied, List<String> problems, List<String> warnings) {
    private static final Pattern VERSIONED = Pattern.compile("V[^_]+__.+\\.sql");

    /**
     * A verified migration.
     *
     * @param version its version
     * @param script its script, relative to the folder
     * @param file the script's file
     * @param checksum the checksum Flyway recorded, which the file has
     */
    public record Applied(String version, String script, Path file, int checksum) {
        public Applied {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(script, "script");
            Objects.requireNonNull(file, "file");
        }
    }

    public FlywayApplied {
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Verifies {@code rows} of the history table {@code table} against the scripts under {@code folder}. */
    public static FlywayApplied verify(Path folder, List<FlywayHistory.Row> rows, String table) {
        List<Applied> applied = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> scripts = new HashSet<>();
        for (FlywayHistory.Row row : rows) {
            String type = String.valueOf(row.type()).toUpperCase(Locale.ROOT);
            if (type.equals("SCHEMA") || type.equals("BASELINE")) {
                continue; // Flyway's own rows: a schema it created, the version a baseline started from
            }
            if (!row.success()) {
                problems.add(row.script() + " failed when Flyway applied it (" + table + " " + row.describe()
                        + "). Fix: finish or undo its statements by hand, run flyway repair to remove the failed row,"
                        + " then run adopt again");
                continue;
            }
            if (!type.equals("SQL") || row.version() == null) {
                warnings.add(row.script() + " (" + table + " " + row.describe() + ", type " + type + ") is "
                        + (row.version() == null ? "a repeatable migration" : "not a SQL migration")
                        + ", which Storium does not take over; what it made stays in the database");
                continue;
            }
            scripts.add(row.script());
            Path file = folder.resolve(row.script());
            if (!Files.isRegularFile(file)) {
                problems.add(row.script() + " was applied (" + table + " " + row.describe() + ") but is missing from "
                        + folder + ". Fix: restore it from version control (git checkout -- " + file
                        + "), then run adopt again");
                continue;
            }
            int checksum = FlywayChecksum.of(file);
            if (row.checksum() == null || checksum != row.checksum()) {
                problems.add(row.script() + " was edited after Flyway applied it: its checksum is now " + checksum
                        + ", " + table + " recorded " + row.checksum() + " (" + row.describe() + "). Fix: restore the"
                        + " file as it was applied (git log -p -- " + file + " shows the edit), then run adopt again");
                continue;
            }
            applied.add(new Applied(row.version(), row.script(), file, checksum));
        }
        List<String> notApplied = versionedScripts(folder).stream()
                .filter(script -> !scripts.contains(script))
                .collect(Collectors.toList());
        return new FlywayApplied(applied, notApplied, problems, warnings);
    }

    /** The {@code V<n>__<name>.sql} files under {@code folder}, relative to it, in name order. */
    private static List<String> versionedScripts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file ->
                            VERSIONED.matcher(file.getFileName().toString()).matches())
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot list the Flyway migrations in " + folder + ": " + e.getMessage()
                            + ". Fix: check that the folder is readable.",
                    e);
        }
    }
}
