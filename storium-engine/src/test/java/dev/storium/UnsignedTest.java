package dev.storium;

import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.TableDef;
import dev.storium.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Unsigned whole numbers: on MySQL/MariaDB changed to and from on a table with rows, each generated file executed and
 * the rows kept, push finding nothing left; on the other dialects refused with {@code UNSUPPORTED} and the fix.
 */
class UnsignedTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("unsigned");

    @TempDir
    Path project;

    @AfterAll
    static void drop() {
        DATABASES.close();
    }

    private static List<TableDef> items(ColumnDef stock) {
        return List.of(defineTable("items")
                .columns(column("id", UUID).primaryKey(), stock)
                .timestamps(false));
    }

    private StoriumConfig config(Dialect dialect) {
        return new StoriumConfig(
                dialect,
                DATABASES.url(dialect),
                null,
                null,
                List.of(),
                List.of(),
                project.resolve("migrations"),
                List.of(),
                Map.of(),
                null,
                project,
                null);
    }

    private static String generateAndMigrate(StoriumConfig config, List<TableDef> tables, boolean allowDataLoss)
            throws Exception {
        GenerateResult generated = Storium.generate(config, tables, new GenerateOptions(null, false, allowDataLoss));
        assertThat(generated.success()).as(generated.message()).isTrue();
        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        PushResult push = dev.storium.internal.push.Push.run(config, tables, PushOptions.DEFAULTS);
        assertThat(push.statements()).as("push after " + generated.file()).isEmpty();
        return Files.readString(generated.file());
    }

    private static List<String> stock() throws Exception {
        try (Connection connection = DATABASES.connect(Dialect.MYSQL);
                ResultSet rows = connection.createStatement().executeQuery("select stock from items order by id")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Test
    void onMysqlAColumnChangesToAndFromUnsignedAndKeepsItsRows() throws Exception {
        StoriumConfig config = config(Dialect.MYSQL);
        generateAndMigrate(config, items(column("stock", INTEGER)), false);
        try (Connection connection = DATABASES.connect(Dialect.MYSQL)) {
            connection
                    .createStatement()
                    .execute("insert into items (id, stock) values ('00000000-0000-0000-0000-000000000001', 7),"
                            + " ('00000000-0000-0000-0000-000000000002', 2147483647)");
        }

        String toUnsigned =
                generateAndMigrate(config, items(column("stock", INTEGER).unsigned()), true);
        assertThat(toUnsigned).contains("MODIFY COLUMN `stock` int unsigned");
        try (Connection connection = DATABASES.connect(Dialect.MYSQL)) {
            connection
                    .createStatement()
                    .execute("update items set stock = 4294967295 where id = '00000000-0000-0000-0000-000000000002'");
        }
        assertThat(stock()).containsExactly("7", "4294967295");

        String toBigint = generateAndMigrate(config, items(column("stock", BIGINT)), false);
        assertThat(toBigint).contains("MODIFY COLUMN `stock` bigint");
        assertThat(stock()).containsExactly("7", "4294967295");

        generateAndMigrate(config, items(column("stock", BIGINT).unsigned()), true);
        assertThat(stock()).containsExactly("7", "4294967295");
        GenerateResult narrowing =
                Storium.generate(config, items(column("stock", SMALLINT).unsigned()), GenerateOptions.DEFAULTS);
        assertThat(narrowing.success())
                .as("bigint unsigned to smallint unsigned narrows")
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE", "MEMORY"})
    void elsewhereUnsignedIsRefusedWithTheWiderTypeToUse(Dialect dialect) {
        GenerateResult result =
                Storium.generate(config(dialect), items(column("stock", INTEGER).unsigned()), GenerateOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
        assertThat(result.error().getMessage())
                .isEqualTo("Column items.stock is unsigned, but "
                        + (dialect == Dialect.MEMORY ? "memory (H2)" : dialect.key())
                        + " has no unsigned types (only mysql has). Remove unsigned() from the column; to keep every"
                        + " value of an unsigned integer, declare it as BIGINT instead.");
        assertThatThrownBy(() -> dev.storium.internal.push.Push.run(
                        config(dialect), items(column("stock", BIGINT).unsigned()), PushOptions.DEFAULTS))
                .hasMessageContaining("declare it as NUMERIC with precision(20) instead");
    }
}
