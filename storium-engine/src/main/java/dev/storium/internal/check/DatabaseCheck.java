package dev.storium.internal.check;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.migrate.MigrationState;
import dev.storium.internal.migrate.MigrationState.Kind;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.model.SchemaModel;
import dev.storium.options.CheckOptions;
import dev.storium.result.Finding;
import dev.storium.result.Finding.Section;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database part of the check, read only: the migrations against the history table ({@link MigrationState}), the
 * live schema against the snapshot of the last applied migration ({@link Drift}), and the destructive statements of
 * the pending migrations ({@link PendingDestructive}).
 */
final class DatabaseCheck {
    private DatabaseCheck() {}

    /**
     * Adds the database's findings and warnings; false when the database could not be read (then one finding says
     * why).
     */
    static boolean run(
            StoriumConfig config,
            MigrationFolder folder,
            CheckOptions options,
            List<Finding> findings,
            List<String> warnings) {
        try (Connection connection = Connections.openReadOnly(config, "check")) {
            List<MigrationState> states = MigrationState.read(config, folder, connection);
            history(config, states, findings);
            Migration applied = lastApplied(folder, states);
            SchemaModel expected = applied == null
                    ? SchemaModel.empty()
                    : applied.snapshot().model().forDialect(config.dialect().key());
            SchemaModel live =
                    LiveSchema.read(connection, config.dialect(), History.bookkeepingTables(config), expected);
            findings.addAll(Drift.findings(config.dialect(), live, expected, applied == null ? null : applied.tag()));
            new PendingDestructive(connection, config.dialect(), live)
                    .report(folder, states, options.failOnDestructive(), findings, warnings);
            return true;
        } catch (StoriumException e) {
            findings.add(Check.finding(
                    Section.DATABASE,
                    Connections.describe(config),
                    e.getMessage(),
                    "start the database, or correct url, user and password; a check without a database (no url)"
                            + " covers the code and the migrations directory only."));
            return e.code() != ErrorCode.DATABASE;
        } catch (SQLException e) {
            findings.add(new Finding(
                    Section.DATABASE,
                    Connections.describe(config),
                    "Could not read " + Connections.describe(config) + ": " + Connections.safeMessage(e, config),
                    "check that the database is reachable and that the user may read the history table "
                            + config.migrationsTable() + " and the catalog, then run the check again."));
            return false;
        }
    }

    /** One finding per migration that is not applied as its file is now. */
    private static void history(StoriumConfig config, List<MigrationState> states, List<Finding> findings) {
        for (MigrationState state : states) {
            if (state.kind() == Kind.PENDING) {
                findings.add(new Finding(
                        Section.DATABASE,
                        state.tag() + ".sql",
                        state.tag() + ".sql is pending: " + Connections.describe(config) + " has not applied it",
                        "run mvn storium:migrate (in a build, bind migrate to pre-integration-test so it runs before"
                                + " the check)."));
            } else if (state.kind() != Kind.APPLIED) {
                findings.add(new Finding(Section.DATABASE, state.tag() + ".sql", state.fact(), state.fix()));
            }
        }
    }

    /** The last migration in journal order that the history holds as applied, or null when none is. */
    private static Migration lastApplied(MigrationFolder folder, List<MigrationState> states) {
        Set<String> applied = states.stream()
                .filter(s -> s.kind() == Kind.APPLIED || s.kind() == Kind.CHANGED)
                .map(MigrationState::tag)
                .collect(Collectors.toSet());
        Migration last = null;
        for (Migration migration : folder.migrations()) {
            if (applied.contains(migration.tag())) {
                last = migration;
            }
        }
        return last;
    }
}
