package dev.storium.internal.pull;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.Baseline;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.internal.text.Phrases;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PullOptions;
import dev.storium.result.PullResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pull command: the configured database read through the catalog package, written as Java classes of the schema
 * DSL (one per schema, see {@link SourceWriter}), with the baseline migration {@code 0000} whose snapshot is that
 * schema and whose SQL creates it; optionally recorded as applied in the database's history. Everything is checked
 * before anything is written: an existing class file (without {@code force}) or a migrations directory that is not
 * empty stops pull with nothing changed.
 */
public final class Pull {
    private static final Logger LOG = LoggerFactory.getLogger(Pull.class);

    /** The name of the baseline migration: {@code 0000_pulled_schema.sql}. */
    static final String MIGRATION_NAME = "pulled_schema";

    private Pull() {}

    /** Pulls the configured database as {@code options} say; throws {@link StoriumException} on a refusal. */
    public static PullResult run(StoriumConfig config, PullOptions options) {
        Written written = write(config, options, "pull");
        String message = "Pulled " + describe(written.model()) + " of " + Connections.describe(config) + " into "
                + written.where() + ";\nwrote " + written.migration() + ", which creates them on an empty"
                + " database (its snapshot is this schema, so generate has nothing to generate).";
        if (options.baseline()) {
            message += "\n"
                    + Baseline.run(config, "0000", MigrateOptions.DEFAULT_LOCK_WAIT)
                            .message();
        } else {
            message += "\nNext: mvn storium:baseline -Dstorium.target=0000 records it as applied in this database"
                    + " (or pull with -Dstorium.baseline=true); other databases apply it with storium:migrate.";
        }
        if (!written.warnings().isEmpty()) {
            message += "\n" + Phrases.count(written.warnings().size(), "thing") + " of the database the code cannot"
                    + " hold as the database has it: see the warnings, and the comments in "
                    + written.sources().stream()
                            .map(file -> file.getFileName().toString())
                            .collect(Collectors.joining(", "))
                    + ".";
        }
        LOG.debug(message);
        return new PullResult(
                true,
                message,
                written.sources(),
                written.migration(),
                written.model().tables().size(),
                written.warnings(),
                null);
    }

    /**
     * The Java classes and the baseline migration {@code 0000} as pull writes them, not recorded in the history: for
     * pull, and for adopt, which starts Storium's directory from a database another tool migrated. Checks every file
     * before it writes any.
     *
     * @param goal the goal that writes, as messages name it
     */
    public static Written write(StoriumConfig config, PullOptions options, String goal) {
        checkNames(options);
        ExactReading reading = read(config, goal);
        List<String> warnings = new ArrayList<>();
        ExactReading chosen = chosen(reading, options, warnings);
        if (chosen.model().tables().isEmpty()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Nothing to " + goal + ": " + Connections.describe(config) + " has "
                            + Phrases.count(reading.model().tables().size(), "table")
                            + (options.includeTables().isEmpty()
                                            && options.excludeTables().isEmpty()
                                    ? ""
                                    : " and none is left by includeTables " + options.includeTables()
                                            + " and excludeTables " + options.excludeTables())
                            + ". Fix: check the url and its schema (database), or the table patterns.");
        }
        PulledSource source = SourceWriter.write(chosen, config.dialect(), options.packageName(), options.className());
        warnings.addAll(source.warnings());
        Map<Path, String> files = new LinkedHashMap<>();
        for (PulledSource.PulledClass pulled : source.classes()) {
            files.put(
                    options.sourceDirectory()
                            .resolve(pulled.relativePath())
                            .toAbsolutePath()
                            .normalize(),
                    pulled.text());
        }
        checkWritable(files.keySet(), options, goal);
        checkEmpty(config.out().toAbsolutePath().normalize());
        MigrationFolder folder = MigrationFolder.read(config.out(), config.dialect());
        files.forEach(Pull::write);
        Path migration = baseline(config, folder, source.model());
        return new Written(List.copyOf(files.keySet()), migration, source.model(), warnings);
    }

    /**
     * What {@link #write} wrote.
     *
     * @param sources the Java files, one per class
     * @param migration the SQL file of migration {@code 0000}
     * @param model the schema the classes declare and the migration's snapshot holds
     * @param warnings what of the database the code cannot hold as the database has it, each with where and why
     */
    public record Written(List<Path> sources, Path migration, SchemaModel model, List<String> warnings) {
        public Written {
            sources = List.copyOf(sources);
            warnings = List.copyOf(warnings);
        }

        /** Where the classes went: the file, or the directory and the files' names. */
        public String where() {
            if (sources.size() == 1) {
                return sources.get(0).toString();
            }
            return Phrases.count(sources.size(), "class") + " in "
                    + sources.get(0).getParent() + " ("
                    + sources.stream()
                            .map(file -> file.getFileName().toString())
                            .collect(Collectors.joining(", "))
                    + ")";
        }
    }

    private static ExactReading read(StoriumConfig config, String goal) {
        try (Connection connection = Connections.open(config, goal)) {
            return ExactReading.read(connection, config.dialect(), History.bookkeepingTables(config));
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE, "Could not close the connection: " + Connections.safeMessage(e, config), e);
        }
    }

    private static void checkNames(PullOptions options) {
        if (!SourceVersion.isName(options.className()) || options.className().contains(".")) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The class name '" + options.className() + "' is not a Java class name. Fix: give a simple name"
                            + " such as -Dstorium.className=DbSchema (the package goes in storium.packageName).");
        }
        if (!options.packageName().isEmpty() && !SourceVersion.isName(options.packageName())) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The package '" + options.packageName() + "' is not a Java package name. Fix: give one such as"
                            + " -Dstorium.packageName=com.example.db.");
        }
    }

    /** Refuses a migrations directory that holds anything: the baseline must be the first migration. */
    private static void checkEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .sorted()
                    .limit(3)
                    .toList();
            if (!names.isEmpty()) {
                throw new StoriumException(
                        ErrorCode.MIGRATION_FOLDER,
                        "Cannot pull: the migrations directory " + directory + " is not empty (it holds "
                                + String.join(", ", names) + (names.size() == 3 ? ", ..." : "") + "), and pull writes"
                                + " the first migration, 0000, of a new history. Nothing was written. Fix: pull into"
                                + " an empty migrations directory (-Dstorium.out=...); a project that already has"
                                + " migrations keeps them and generates the next one instead.");
            }
        } catch (IOException e) {
            throw new StoriumException(ErrorCode.IO, "Could not list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Refuses, before anything is written, when a file to write exists and {@code force} is off. */
    private static void checkWritable(Collection<Path> files, PullOptions options, String goal) {
        List<String> existing =
                files.stream().filter(Files::exists).map(Path::toString).toList();
        if (!existing.isEmpty() && !options.force()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Cannot " + goal + ": " + String.join(", ", existing)
                            + (existing.size() == 1 ? " exists" : " exist")
                            + ", and " + goal + " does not overwrite a file unless told to. Nothing was written. Fix: "
                            + goal + " into another class (-Dstorium.className=...) or package"
                            + " (-Dstorium.packageName=...), or commit the "
                            + (existing.size() == 1 ? "file and overwrite it" : "files and overwrite them")
                            + " with -Dstorium.force=true.");
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new StoriumException(ErrorCode.IO, "Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes migration 0000: the SQL that creates {@code model} on an empty database, its snapshot {@code model}. */
    private static Path baseline(StoriumConfig config, MigrationFolder folder, SchemaModel model) {
        SchemaModel forDialect = model.forDialect(config.dialect().key());
        SchemaModel empty = SchemaModel.empty();
        List<String> statements =
                SqlRenderer.of(config.dialect()).render(Differ.diff(empty, forDialect), empty, forDialect);
        return folder.writeNext(MIGRATION_NAME, MigrationSql.join(statements), model)
                .migration()
                .sqlFile();
    }

    /** The reading with the tables the options choose; views that read a table left out go too, with a warning. */
    private static ExactReading chosen(ExactReading reading, PullOptions options, List<String> warnings) {
        SchemaModel model = reading.model();
        List<Pattern> include = globs(options.includeTables());
        List<Pattern> exclude = globs(options.excludeTables());
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        model.tables().forEach((name, table) -> {
            boolean in = include.isEmpty()
                    || include.stream().anyMatch(p -> p.matcher(name).matches());
            if (in && exclude.stream().noneMatch(p -> p.matcher(name).matches())) {
                tables.put(name, table);
            } else {
                left.add(name);
            }
        });
        Map<String, View> views = new LinkedHashMap<>();
        model.views().forEach((name, view) -> {
            String reads = left.stream()
                    .filter(table -> Pattern.compile("(?i)\\b" + Pattern.quote(table) + "\\b")
                            .matcher(view.definition())
                            .find())
                    .findFirst()
                    .orElse(null);
            if (reads == null) {
                views.put(name, view);
            } else {
                warnings.add("view " + name + ": is left out: it reads " + reads + ", which is not pulled");
            }
        });
        for (String schema : reading.unreadSchemas()) {
            warnings.add("schema " + schema + ": is not read: the DSL declares only schemas named with 1 to 63 of"
                    + " A-Z a-z 0-9 _; keep its objects in custom migrations, or rename the schema and pull again");
        }
        return new ExactReading(
                new SchemaModel(tables, views, model.sequences()),
                reading.ownTypes(),
                reading.unreadSchemas(),
                reading.omissions().stream()
                        .filter(o -> o.table() == null || tables.containsKey(o.table()))
                        .toList());
    }

    /** Table-name globs: {@code *} any run of characters, {@code ?} one, the rest literal. */
    private static List<Pattern> globs(List<String> globs) {
        return globs.stream()
                .map(glob -> Pattern.compile(Stream.of(glob.split("", -1))
                        .map(c -> c.equals("*") ? ".*" : c.equals("?") ? "." : Pattern.quote(c))
                        .reduce("", String::concat)))
                .toList();
    }

    private static String describe(SchemaModel model) {
        String text = Phrases.count(model.tables().size(), "table");
        if (!model.views().isEmpty()) {
            text += ", " + Phrases.count(model.views().size(), "view");
        }
        if (!model.sequences().isEmpty()) {
            text += ", " + Phrases.count(model.sequences().size(), "sequence");
        }
        return text;
    }
}
