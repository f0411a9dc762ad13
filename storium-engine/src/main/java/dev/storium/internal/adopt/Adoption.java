package dev.storium.internal.adopt;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.drizzle.DrizzleHistory;
import dev.storium.internal.flyway.FlywayHistory;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.Adopt;
import dev.storium.options.AdoptOptions;
import dev.storium.result.AdoptResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The adopt command: the database says which tool migrated it. A database with Flyway's {@code flyway_schema_history}
 * and no drizzle history is adopted from Flyway; any other from drizzle (whose adopt names what it misses).
 */
public final class Adoption {
    private Adoption() {}

    /** Adopts the database of {@code config} from the tool that migrated it. */
    public static AdoptResult run(StoriumConfig config, AdoptOptions options) {
        checkName(options.flywayTable(), "flywayTable");
        if (options.flywaySchema() != null) {
            checkName(options.flywaySchema(), "flywaySchema");
        }
        boolean drizzle;
        Optional<List<FlywayHistory.Row>> flyway;
        try (Connection connection = Connections.open(config, "adopt")) {
            drizzle = DrizzleHistory.read(connection, config.dialect()).isPresent();
            flyway = drizzle
                    ? Optional.empty()
                    : FlywayHistory.read(connection, config.dialect(), options.flywaySchema(), options.flywayTable());
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not read the history tables of " + Connections.describe(config) + ": "
                            + Connections.safeMessage(e, config) + ". Nothing was changed. Fix: check that the user"
                            + " may read " + options.flywayHistory() + " and "
                            + DrizzleHistory.qualifiedName(config.dialect())
                            + ".",
                    e);
        }
        if (flyway.isPresent()) {
            return FlywayAdopt.run(config, options, flyway.get());
        }
        boolean named = !options.flywayHistory().equals(AdoptOptions.FLYWAY_TABLE);
        if (!drizzle && (named || flywayFolder(options))) {
            String given = named
                    ? " (-Dstorium.flywayTable=" + options.flywayTable()
                            + (options.flywaySchema() == null
                                    ? ""
                                    : " -Dstorium.flywaySchema=" + options.flywaySchema())
                            + ")"
                    : ", unless told otherwise";
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    "Cannot adopt " + Connections.describe(config) + ": it has no table " + options.flywayHistory()
                            + ", where Flyway records what it applied" + given + ", nor drizzle-orm's "
                            + DrizzleHistory.qualifiedName(config.dialect()) + ". Nothing was changed. Fix: set"
                            + " -Dstorium.flywayTable to Flyway's flyway.table and -Dstorium.flywaySchema to its"
                            + " flyway.defaultSchema (else the first of flyway.schemas) in the project that migrated"
                            + " it; unset, they are " + AdoptOptions.FLYWAY_TABLE + " in the connection's own schema.");
        }
        return Adopt.run(config, options);
    }

    /** True when the other tool's folder holds Flyway's {@code V<n>__<name>.sql} files and no drizzle-kit journal. */
    private static boolean flywayFolder(AdoptOptions options) {
        Path folder = options.from() == null ? AdoptOptions.FLYWAY_LOCATION : options.from();
        if (!Files.isDirectory(folder) || Files.exists(folder.resolve("meta/_journal.json"))) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().matches("V[^_]+__.+\\.sql"));
        } catch (IOException e) {
            return false; // unreadable: adopt from drizzle says what it cannot read
        }
    }

    /** Refuses a Flyway setting that is no table or schema name, naming the option. */
    private static void checkName(String name, String option) {
        if (!FlywayHistory.isName(name)) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The " + option + " '" + name + "' is not a table or schema name. Nothing was changed. Fix: set"
                            + " -Dstorium." + option + " to the name Flyway was given (letters, digits, _ and $, such"
                            + " as " + (option.equals("flywayTable") ? "schema_version" : "flyway_meta") + ").");
        }
    }
}
