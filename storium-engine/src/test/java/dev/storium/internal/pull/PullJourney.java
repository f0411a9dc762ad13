package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.history.History;
import dev.storium.options.CheckOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PullOptions;
import dev.storium.options.PushOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.CheckResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PullResult;
import dev.storium.result.PushResult;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a user of pull lives through, asserted step by step on a database a test has filled: pull (with the baseline
 * recorded) → the class compiles → generate has nothing to generate → push has nothing to push → check passes → the
 * baseline migration, run on an empty database, gives the same catalog as the original.
 */
final class PullJourney {
    private PullJourney() {}

    /** The schema-filling step a test gives: statements run on the original database. */
    @FunctionalInterface
    interface Setup {
        void fill(Connection connection) throws Exception;
    }

    /** Runs the journey on {@code databases}' database of {@code dialect}, filled by {@code setup}; returns pull's result. */
    static PullResult run(Dialect dialect, TestDatabases databases, Path project, Setup setup) throws Exception {
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));
        try (Connection connection = databases.connect(dialect)) {
            setup.fill(connection);
        }
        PullResult pulled = Storium.pull(
                config,
                new PullOptions(
                        List.of(), List.of(), "com.example.db", "DbSchema", project.resolve("src"), false, true));
        assertThat(pulled.success()).as(pulled.message()).isTrue();
        String code = PulledCode.text(pulled.sources());

        SchemaSource source = PulledCode.compile(pulled.sources(), project.resolve("build"));
        GenerateResult generated = Storium.generate(config, source, GenerateOptions.DEFAULTS);
        assertThat(generated.success()).as(generated.message()).isTrue();
        assertThat(generated.file())
                .as("nothing to generate after pull:\n" + code)
                .isNull();
        PushResult pushed = Storium.push(config, source, new PushOptions(false, true));
        assertThat(pushed.success()).as(pushed.message()).isTrue();
        assertThat(pushed.statements())
                .as("nothing to push after pull:\n" + code)
                .isEmpty();
        CheckResult checked = Storium.check(config, source, CheckOptions.DEFAULTS);
        assertThat(checked.success()).as(checked.message() + "\n" + code).isTrue();

        TestDatabases fresh = TestDatabases.forPurpose("pull_fresh");
        try {
            StoriumConfig freshConfig = fresh.config(dialect, project.resolve("migrations"));
            MigrateResult migrated = Storium.migrate(freshConfig, MigrateOptions.DEFAULTS);
            assertThat(migrated.success()).as(migrated.message()).isTrue();
            assertThat(catalog(fresh, dialect, config))
                    .as("a database migrated from 0000 has the catalog of the original")
                    .isEqualTo(catalog(databases, dialect, config));
        } finally {
            fresh.close();
        }
        return pulled;
    }

    private static Object catalog(TestDatabases databases, Dialect dialect, StoriumConfig config) throws SQLException {
        try (Connection connection = databases.connect(dialect)) {
            // every schema pull reads, named ones included
            return ExactReading.read(connection, dialect, History.bookkeepingTables(config))
                    .model();
        }
    }
}
