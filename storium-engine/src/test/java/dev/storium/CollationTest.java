package dev.storium;

import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.internal.push.Push;
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
 * Per-column collations: given to, changed on and taken from a column of a table with rows, each generated file
 * executed and the rows kept, push finding nothing left after each; refused where the dialect has no such collation.
 */
class CollationTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("collation");

    @TempDir
    Path project;

    @AfterAll
    static void drop() {
        DATABASES.close();
    }

    private static List<TableDef> words(ColumnDef word) {
        return List.of(defineTable("words")
                .columns(column("id", UUID).primaryKey(), word, column("note", TEXT))
                .indexes(index("word"))
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

    private static String generateAndMigrate(StoriumConfig config, List<TableDef> tables) throws Exception {
        GenerateResult generated = Storium.generate(config, tables, GenerateOptions.DEFAULTS);
        assertThat(generated.success()).as(generated.message()).isTrue();
        assertThat(generated.file()).isNotNull();
        MigrateResult migrated = Storium.migrate(config, MigrateOptions.DEFAULTS);
        assertThat(migrated.success()).as(migrated.message()).isTrue();
        PushResult push = Push.run(config, tables, PushOptions.DEFAULTS);
        assertThat(push.statements()).as("push after " + generated.file()).isEmpty();
        return Files.readString(generated.file());
    }

    private static List<String> words(Dialect dialect) throws Exception {
        try (Connection connection = DATABASES.connect(dialect);
                ResultSet rows = connection.createStatement().executeQuery("select word from words order by id")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** The two collations a dialect's test gives the column in turn. */
    private static String[] collations(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return new String[] {"C", "POSIX"};
            case MYSQL:
                return new String[] {"utf8mb4_bin", "utf8mb4_unicode_ci"};
            default:
                return new String[] {"NOCASE", "BINARY"};
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "SQLITE"})
    void aCollationIsGivenChangedAndTakenFromAColumnWithRows(Dialect dialect) throws Exception {
        StoriumConfig config = config(dialect);
        String[] collation = collations(dialect);
        generateAndMigrate(config, words(column("word", VARCHAR).maxLength(50).notNull()));
        try (Connection connection = DATABASES.connect(dialect)) {
            connection
                    .createStatement()
                    .execute("insert into words (id, word) values ('00000000-0000-0000-0000-000000000001', 'Apple'),"
                            + " ('00000000-0000-0000-0000-000000000002', 'apple')");
        }

        String given = generateAndMigrate(
                config, words(column("word", VARCHAR).maxLength(50).notNull().collation(collation[0])));
        String clause = "COLLATE " + (dialect == Dialect.POSTGRESQL ? "\"C\"" : collation[0]);
        assertThat(given).contains(clause);
        assertThat(words(dialect)).containsExactly("Apple", "apple");

        String changed = generateAndMigrate(
                config, words(column("word", VARCHAR).maxLength(50).notNull().collation(collation[1])));
        assertThat(changed).contains(collation[1]);
        assertThat(words(dialect)).containsExactly("Apple", "apple");

        String taken = generateAndMigrate(
                config, words(column("word", VARCHAR).maxLength(50).notNull()));
        assertThat(taken).doesNotContain("COLLATE");
        assertThat(words(dialect)).containsExactly("Apple", "apple");
    }

    @Test
    void h2HasNoCollationPerColumn() {
        GenerateResult result = Storium.generate(
                config(Dialect.MEMORY), words(column("word", VARCHAR).collation("NOCASE")), GenerateOptions.DEFAULTS);

        assertThat(result.success()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
        assertThat(result.error().getMessage())
                .isEqualTo("Column words.word has the collation NOCASE, but memory (H2) has no collation per column,"
                        + " only one for the whole database (SET COLLATION). Remove collation(...) from the column, or"
                        + " compare case-insensitively in the query (LOWER(...)).");
    }

    @Test
    void sqliteHasOnlyItsThreeBuiltInCollations() {
        assertThatThrownBy(() -> Push.run(
                        config(Dialect.SQLITE),
                        words(column("word", VARCHAR).collation("utf8mb4_bin")),
                        PushOptions.DEFAULTS))
                .hasMessage("Column words.word has the collation utf8mb4_bin, but sqlite has only the built-in"
                        + " collations BINARY, NOCASE and RTRIM (an application-defined one exists only in the"
                        + " connection that registers it). Use one of those three, or remove collation(...) from the"
                        + " column.");
    }
}
