package dev.storium.store;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated columns through a store: read after create and update, never written (input for them is ignored). */
class GeneratedColumnStoreTest {
    static final TableDef PEOPLE = defineTable("people")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("firstName", VARCHAR).maxLength(50).notNull(),
                    column("lastName", VARCHAR).maxLength(50).notNull(),
                    column("fullName", TEXT)
                            .generatedAs("first_name || ' ' || last_name")
                            .generatedAs(Dialect.MYSQL, "concat(first_name, ' ', last_name)"))
            .timestamps(false);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aGeneratedValueIsReadAfterCreateAndUpdateAndNeverWritten(Dialect dialect) {
        try (TestDatabases databases = TestDatabases.forPurpose("store_generated")) {
            StoriumConfig config = Databases.config(dialect, databases.url(dialect), null, Map.of());
            PushResult pushed = Push.run(config, List.of(PEOPLE), PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            assertThat(PEOPLE.storium().column("fullName").orElseThrow().readonly())
                    .isTrue();
            try (StoriumInstance instance = Storium.connect(config)) {
                Store people = instance.defineStore(PEOPLE);
                Row ada = people.create(Map.of("firstName", "Ada", "lastName", "Lovelace", "fullName", "ignored"));
                assertThat(ada.get("fullName")).isEqualTo("Ada Lovelace");

                Row updated = people.update(ada.get("id"), Map.of("lastName", "King", "fullName", "ignored"));
                assertThat(updated.get("fullName")).isEqualTo("Ada King");

                people.createMany(List.of(Map.of("firstName", "Alan", "lastName", "Turing")));
                assertThat(people.find(Map.of("fullName", "Alan Turing"))).hasSize(1);
            }
        }
    }
}
