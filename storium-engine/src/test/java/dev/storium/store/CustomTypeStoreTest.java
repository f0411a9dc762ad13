package dev.storium.store;

import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.SERIAL;
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

/** Custom columns through a store: values pass through as given on create and come back as the driver reads them. */
class CustomTypeStoreTest {
    static final TableDef HOSTS = defineTable("hosts")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("address", CUSTOM)
                            .sqlType(Dialect.POSTGRESQL, "inet")
                            .sqlType(Dialect.MYSQL, "varchar(45) collate ascii_bin")
                            .sqlType(Dialect.SQLITE, "text collate nocase")
                            .sqlType(Dialect.MEMORY, "varchar_ignorecase(45)"),
                    column("port", CUSTOM)
                            .sqlType(Dialect.POSTGRESQL, "int4")
                            .sqlType(Dialect.MYSQL, "mediumint unsigned")
                            .sqlType(Dialect.SQLITE, "int4")
                            .sqlType(Dialect.MEMORY, "int4"))
            .timestamps(false);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void valuesPassThroughOnCreateAndCreateManyAndReadBackAsText(Dialect dialect) {
        try (TestDatabases databases = TestDatabases.forPurpose("store_custom")) {
            StoriumConfig config = Databases.config(dialect, databases.url(dialect), null, Map.of());
            PushResult pushed = Push.run(config, List.of(HOSTS), PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            try (StoriumInstance instance = Storium.connect(config)) {
                Store hosts = instance.defineStore(HOSTS);
                Row row = hosts.create(Map.of("address", "10.0.0.1", "port", 8080));
                Row read = hosts.findById(row.get("id")).orElseThrow();
                assertThat(read.get("address")).isEqualTo("10.0.0.1"); // PostgreSQL's inet read as its text
                assertThat(((Number) read.get("port")).intValue()).isEqualTo(8080);
                hosts.createMany(
                        List.of(Map.of("address", "10.0.0.2", "port", 22), Map.of("address", "10.0.0.3", "port", 443)));
                assertThat(hosts.findAll().stream().map(r -> r.get("address")))
                        .containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2", "10.0.0.3");
                assertThat(hosts.find(Map.of("address", "10.0.0.2")))
                        .singleElement()
                        .satisfies(r ->
                                assertThat(((Number) r.get("port")).intValue()).isEqualTo(22));
            }
        }
    }
}
