package dev.storium.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The push round trip over the execution suite, per dialect: after each generated file is executed, the live schema
 * reads back as exactly that step's code (push finds nothing to do); and pushing each version's code to an empty
 * database leaves nothing for a drift check to find.
 */
class PushRoundTripTest {
    private static final Set<String> HISTORY = Set.of(StoriumConfig.DEFAULT_MIGRATIONS_TABLE);

    @TempDir
    Path project;

    private static List<Supplier<List<TableDef>>> versions() {
        return List.of(
                SchemaVersions::v1,
                SchemaVersions::v2,
                SchemaVersions::v3,
                SchemaVersions::v4,
                SchemaVersions::v5,
                SchemaVersions::v6,
                SchemaVersions::v7,
                SchemaVersions::v8,
                SchemaVersions::v9,
                SchemaVersions::v10,
                SchemaVersions::v11,
                SchemaVersions::v12,
                SchemaVersions::v13,
                SchemaVersions::v14,
                SchemaVersions::v15,
                SchemaVersions::v16,
                SchemaVersions::v17,
                SchemaVersions::v18,
                SchemaVersions::v19,
                SchemaVersions::v20,
                SchemaVersions::v21,
                SchemaVersions::v22,
                SchemaVersions::v23,
                SchemaVersions::v24,
                SchemaVersions::v25,
                SchemaVersions::v26,
                SchemaVersions::v27,
                SchemaVersions::v28,
                SchemaVersions::v29);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void afterEveryMigratedStepPushFindsNothingToDo(Dialect dialect) throws Exception {
        try (SuiteDatabase db = SuiteDatabase.create(dialect, project)) {
            StoriumConfig config = config(dialect, db.url(), project);
            for (int step = 0; step < versions().size(); step++) {
                List<TableDef> tables = versions().get(step).get();
                GenerateResult generated = Storium.generate(config, tables, new GenerateOptions(null, false, true));
                assertThat(generated.success()).as(generated.message()).isTrue();
                db.apply(generated.file());

                assertThat(drift(config, tables))
                        .as("v" + (step + 1) + " read back")
                        .isEmpty();
                PushResult push = Push.run(config, tables, PushOptions.DEFAULTS);
                assertThat(push.success()).as(push.message()).isTrue();
                assertThat(push.message()).isEqualTo("Database is in sync with the code: nothing to push.");
                assertThat(push.statements()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pushingEachVersionToAnEmptyDatabaseLeavesNoDrift(Dialect dialect) throws Exception {
        for (int step = 0; step < versions().size(); step++) {
            List<TableDef> tables = versions().get(step).get();
            try (SuiteDatabase db = SuiteDatabase.create(dialect, project)) {
                StoriumConfig config = config(dialect, db.url(), project);
                PushResult push = Push.run(config, tables, PushOptions.DEFAULTS);
                assertThat(push.success()).as(push.message()).isTrue();
                assertThat(push.statements()).isNotEmpty();

                assertThat(drift(config, tables))
                        .as("v" + (step + 1) + " pushed")
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pushingEachVersionOverThePreviousOneLeavesNoDrift(Dialect dialect) throws Exception {
        try (SuiteDatabase db = SuiteDatabase.create(dialect, project)) {
            StoriumConfig config = config(dialect, db.url(), project);
            for (int step = 0; step < versions().size(); step++) {
                List<TableDef> tables = versions().get(step).get();
                PushResult push = Push.run(config, tables, new PushOptions(true, false));
                assertThat(push.success()).as(push.message()).isTrue();

                assertThat(drift(config, tables))
                        .as("v" + (step + 1) + " pushed over")
                        .isEmpty();
            }
        }
    }

    /** The changes between the live database and the code: none when they agree. */
    private static List<SchemaChange> drift(StoriumConfig config, List<TableDef> tables) throws Exception {
        SchemaModel code = Models.fromDefinitions(tables);
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), "")) {
            SchemaModel live = LiveSchema.read(connection, config.dialect(), HISTORY, code);
            return Differ.diff(live, code);
        }
    }

    static StoriumConfig config(Dialect dialect, String url, Path project) {
        String user = dialect == Dialect.POSTGRESQL ? "postgres" : dialect == Dialect.MYSQL ? "root" : "";
        return new StoriumConfig(
                dialect,
                url,
                user,
                "",
                List.of(),
                List.of(),
                project.resolve("migrations"),
                List.of(),
                Map.of(),
                null,
                project,
                null);
    }
}
