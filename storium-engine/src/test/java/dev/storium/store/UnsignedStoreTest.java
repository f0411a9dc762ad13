package dev.storium.store;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.Storium;
import dev.storium.StoriumInstance;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unsigned whole numbers on MySQL/MariaDB: the whole range stored and read back, negatives refused as field errors. */
class UnsignedStoreTest {
    private static final BigInteger MAX_BIGINT = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

    static final TableDef COUNTERS = defineTable("counters")
            .columns(
                    column("id", SERIAL).primaryKey().unsigned(),
                    column("stock", INTEGER).unsigned(),
                    column("shelf", SMALLINT).unsigned(),
                    column("total", BIGINT).unsigned())
            .timestamps(false);

    private static final TestDatabases DATABASES = TestDatabases.forPurpose("store_unsigned");
    private static StoriumInstance instance;

    @BeforeAll
    static void push() {
        StoriumConfig config = Databases.config(Dialect.MYSQL, DATABASES.url(Dialect.MYSQL), null, Map.of());
        PushResult pushed = Push.run(config, List.of(COUNTERS), PushOptions.DEFAULTS);
        assertThat(pushed.success()).as(pushed.message()).isTrue();
        assertThat(pushed.statements())
                .singleElement()
                .asString()
                .contains("`id` bigint unsigned NOT NULL AUTO_INCREMENT")
                .contains("`stock` int unsigned")
                .contains("`shelf` smallint unsigned")
                .contains("`total` bigint unsigned");
        instance = Storium.connect(config);
    }

    @AfterAll
    static void close() {
        if (instance != null) {
            instance.close();
        }
        DATABASES.close();
    }

    private static Store counters() {
        return instance.defineStore(COUNTERS);
    }

    @Test
    void theMaximumOfEachUnsignedTypeIsStoredAndReadBackInTheNextWiderJavaType() {
        Row row = counters().create(Map.of("stock", 4294967295L, "shelf", 65535, "total", MAX_BIGINT));

        assertThat(row.get("id")).isInstanceOf(BigInteger.class);
        assertThat(row.get("stock")).isEqualTo(4294967295L);
        assertThat(row.get("shelf")).isEqualTo(65535);
        assertThat(row.get("total")).isEqualTo(MAX_BIGINT);
        Row read = counters().findById(row.get("id")).orElseThrow();
        assertThat(read.get("stock")).isEqualTo(4294967295L);
        assertThat(read.get("total")).isEqualTo(MAX_BIGINT);
        assertThat(counters().find(Map.of("total", MAX_BIGINT))).hasSize(1);
    }

    @Test
    void createManyBindsTheWholeRangeToo() {
        int created = counters()
                .createMany(List.of(
                        Map.of("stock", 4294967294L, "total", MAX_BIGINT.subtract(BigInteger.ONE)),
                        Map.of("stock", 0, "total", 0)));

        assertThat(created).isEqualTo(2);
        assertThat(counters().find(Map.of("stock", 4294967294L)))
                .singleElement()
                .satisfies(r -> assertThat(r.get("total")).isEqualTo(MAX_BIGINT.subtract(BigInteger.ONE)));
    }

    @Test
    void aNegativeOrTooLargeValueIsAFieldError() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> counters().create(Map.of("stock", -1, "shelf", 65536)));

        assertThat(e).isNotNull();
        assertThat(e.errors())
                .containsExactlyInAnyOrder(
                        new FieldError(
                                "stock", "`stock` must be a whole number from 0 to 4294967295 (unsigned, 32 bits)"),
                        new FieldError("shelf", "`shelf` must be a whole number from 0 to 65535 (unsigned, 16 bits)"));
    }
}
