package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.catalog.LiveSchema;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.history.History;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writer's proof: a database holding every construct is read, written as source, compiled and scanned, and the
 * code it gives reads back from that database with no change at all (what push and check compare).
 */
class SourceWriterRoundTripTest {
    private static TestDatabases databases;

    @TempDir
    Path project;

    @BeforeAll
    static void open() {
        databases = TestDatabases.forPurpose("pull_round_trip");
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyConstructRoundTrips(Dialect dialect) throws Exception {
        StoriumConfig config = databases.config(dialect, project.resolve("migrations"));
        PushResult pushed = Push.run(config, EveryConstruct.schema(dialect), PushOptions.DEFAULTS);
        assertThat(pushed.success()).as(pushed.message()).isTrue();

        PulledSource source;
        try (Connection connection = databases.connect(dialect)) {
            source = SourceWriter.write(
                    ExactReading.read(connection, dialect, History.bookkeepingTables(config)),
                    dialect,
                    "com.example.db",
                    "DbSchema");
        }
        SchemaDefinition pulled = PulledCode.compileAndScan(List.of(source), project.resolve("pulled"));
        SchemaModel code = Models.fromDefinitions(pulled, dialect).forDialect(dialect.key());
        try (Connection connection = databases.connect(dialect)) {
            SchemaModel live = LiveSchema.read(connection, dialect, History.bookkeepingTables(config), code);
            assertThat(Differ.diff(live, code)).as(source.text()).isEmpty();
        }
        assertThat(source.warnings()).as(source.text()).isEmpty();
    }
}
