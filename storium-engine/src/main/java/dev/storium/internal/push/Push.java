package dev.storium.internal.push;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.catalog.TableRows;
import dev.storium.internal.diff.DataLossGuard;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.RiskLine;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.scan.FoundSchemas;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.sql.ScriptExecutor;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.internal.text.Phrases;
import dev.storium.options.PushOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.PushResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push command: the live database read into the model ({@link LiveSchema}), diffed against the code, the
 * statements printed and applied directly, without migration files. Changes that lose data, and NOT NULL columns
 * without a default added to tables with rows, are refused unless forced. Throws {@link StoriumException}; the facade
 * turns it into a result.
 */
public final class Push {
    /** The system property that lets push apply destructive changes, as users type it. */
    static final String FORCE_FLAG = "-Dstorium.force=true";

    /** The message when the database already matches the code. */
    static final String IN_SYNC = "Database is in sync with the code: nothing to push.";

    private static final Logger LOG = LoggerFactory.getLogger(Push.class);

    private Push() {}

    /** Reads the live schema, diffs it against the code and applies the statements. */
    public static PushResult run(StoriumConfig config, SchemaSource source, PushOptions options) {
        FoundSchemas found = SchemaScan.requireTables(config.schema(), source);
        return run(config, found.definition(), options);
    }

    /** Pushes the given table definitions: for applications and tests that hold their definitions already. */
    public static PushResult run(StoriumConfig config, Collection<TableDef> tables, PushOptions options) {
        return run(config, SchemaDefinition.of(tables), options);
    }

    /** Pushes the given table and view definitions: for applications and tests that hold their definitions already. */
    public static PushResult run(StoriumConfig config, SchemaDefinition schema, PushOptions options) {
        Objects.requireNonNull(options, "options");
        // as the dialect sees it: each custom column with this dialect's SQL type only
        SchemaModel code = Models.fromDefinitions(schema, config.dialect())
                .forDialect(config.dialect().key());
        try (Connection connection = Connections.open(config, "push")) {
            return push(config, connection, code, options);
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE,
                    "Could not close the connection after push: " + Connections.safeMessage(e, config) + ".",
                    e);
        }
    }

    /** The tables push never reads or touches: the history table of migrate. */
    static Set<String> excluded(StoriumConfig config) {
        return History.bookkeepingTables(config);
    }

    private static PushResult push(StoriumConfig config, Connection connection, SchemaModel code, PushOptions options) {
        Dialect dialect = config.dialect();
        SchemaModel live = LiveSchema.read(connection, dialect, excluded(config), code);
        List<SchemaChange> changes = Differ.diff(live, code);
        if (changes.isEmpty()) {
            LOG.info(IN_SYNC);
            return new PushResult(true, IN_SYNC, List.of(), List.of(), null);
        }
        List<String> statements = SqlRenderer.of(dialect).render(changes, live, code);
        RiskLine destructive = new RiskLine(table -> TableRows.any(connection, dialect, liveName(table, live, code)));
        List<String> risky = changes.stream()
                .map(change -> change.accept(destructive))
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
        if (!risky.isEmpty() && !options.force()) {
            String message = refusal(risky);
            LOG.debug(message);
            return new PushResult(
                    false, message, statements, List.of(), new StoriumException(ErrorCode.DATA_LOSS, message));
        }
        List<String> warnings =
                risky.isEmpty() ? List.of() : List.of("force is set: push loses data: " + String.join("; ", risky));
        warnings.forEach(LOG::warn);
        statements.forEach(statement -> LOG.info("{};", statement));
        String summary = changes.stream().map(c -> "\n  - " + c.describe()).collect(Collectors.joining());
        String count = Phrases.count(statements.size(), "statement");
        if (options.dryRun()) {
            String message =
                    "Dry run: push would run " + count + " for these changes, and nothing was changed:" + summary;
            LOG.info("Dry run: push would run {}; nothing was changed.", count);
            return new PushResult(true, message, statements, warnings, null);
        }
        new ScriptExecutor(dialect).execute(connection, "push", statements);
        String message = "Pushed " + Phrases.count(changes.size(), "change") + " with " + count + ":" + summary;
        LOG.info("Pushed {} with {}.", Phrases.count(changes.size(), "change"), count);
        return new PushResult(true, message, statements, warnings, null);
    }

    private static String refusal(List<String> risky) {
        return DataLossGuard.refusal(
                "push",
                "changed",
                risky,
                List.of("to keep the data, declare renames with renamedFrom(...), give new NOT NULL columns a default,"
                        + " or generate and review a migration (storium:generate)"),
                FORCE_FLAG);
    }

    /** The live name of a table the code names: its own, or the name its rename hint comes from. */
    private static String liveName(String table, SchemaModel live, SchemaModel code) {
        if (live.table(table).isPresent()) {
            return table;
        }
        return code.table(table).map(Table::renamedFrom).orElse(table);
    }
}
