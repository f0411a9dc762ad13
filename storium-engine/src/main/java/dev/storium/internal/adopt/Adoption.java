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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The adopt command: the database says which tool migrated it. A database with Flyway's {@code flyway_schema_history}
 * and no drizzle history is adopted from Flyway; any other from drizzle (whose adopt names what it misses).
 */
public final class Adoption {
    private Adoption() {}

    /** Adopts the database of {@code config} from the tool that migrated it. */
    public static AdoptResult run(StoriumConfig config, AdoptOptions options) {
        Optional<List<FlywayHistory.Row>> flyway;
        try (Connection connection = Connections.open(config, "adopt")) {
            flyway = DrizzleHistory.read(connection, config.dialect()).isPresent()
                    ? Optional.empty()
                    : FlywayHistory.read(connection, FlywayHistory.TABLE);
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not read the history tables of " + Connections.describe(config) + ": "
                            + Connections.safeMessage(e, config) + ". Nothing was changed. Fix: check that the user"
                            + " may read " + FlywayHistory.TABLE + " and "
                            + DrizzleHistory.qualifiedName(config.dialect())
                            + ".",
                    e);
        }
        return flyway.isPresent() ? FlywayAdopt.run(config, options, flyway.get()) : Adopt.run(config, options);
    }
}
