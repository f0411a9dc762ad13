package dev.storium.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The execution suite: twenty-nine successive schema versions are generated into one migrations directory, and each
 * generated file is executed, in order, on a real database of every dialect, with rows in the tables before each
 * step; after each step the rows that should survive are still there.
 */
class ExecutionSuiteTest {

    private static final String ALICE = "6f1d6d6e-0000-4000-8000-000000000001";
    private static final String BOB = "6f1d6d6e-0000-4000-8000-000000000002";

    @TempDir
    Path project;

    /** One step: the schema version, whether it may lose data, what to insert before, and what must hold after. */
    private record Step(
            String name, Supplier<List<TableDef>> tables, boolean allowDataLoss, Action before, Action after) {}

    @FunctionalInterface
    private interface Action {
        void run(SuiteDatabase db) throws SQLException;
    }

    private static final Action NOTHING = db -> {};

    /** Bytes that text would mangle: a zero, a quote, a backslash, a byte above 127. */
    private static final byte[] AVATAR = {0, 0x27, 0x5c, (byte) 0xff, 1};

    private static List<Step> steps() {
        return List.of(
                new Step("v1 create users", SchemaVersions::v1, false, NOTHING, db -> {
                    assertThat(db.count("users")).isZero();
                }),
                new Step(
                        "v2 create posts with a cascading foreign key, unique email",
                        SchemaVersions::v2,
                        false,
                        db -> {
                            db.insertUser(ALICE, "alice@example.com", "Alice");
                            db.insertUser(BOB, "bob@example.com", "Bob");
                        },
                        db -> {
                            assertThat(db.count("users")).isEqualTo(2);
                            assertThat(db.strings("users", "name", "email")).containsExactly("Alice", "Bob");
                            assertThat(db.timestampsFilled("users")).isTrue();
                        }),
                new Step(
                        "v3 add nullable columns and a NOT NULL column with a default",
                        SchemaVersions::v3,
                        false,
                        db -> {
                            db.insertPost("posts", 1, ALICE, "Hello");
                            db.insertPost("posts", 2, ALICE, "Again");
                            db.insertPost("posts", 3, BOB, "Bob's");
                        },
                        db -> {
                            assertThat(db.count("posts")).isEqualTo(3);
                            assertThat(db.strings("posts", "status", "id")).containsOnly("draft");
                        }),
                new Step("v4 rename a column and a table by hint", SchemaVersions::v4, false, NOTHING, db -> {
                    assertThat(db.strings("users", "full_name", "email")).containsExactly("Alice", "Bob");
                    assertThat(db.strings("articles", "title", "id")).containsExactly("Hello", "Again", "Bob's");
                }),
                new Step(
                        "v5 widen integer to bigint on the parent, widen a length, add numeric",
                        SchemaVersions::v5,
                        false,
                        db -> db.update("users", "age", 41, "email", "alice@example.com"),
                        db -> {
                            assertThat(db.count("articles"))
                                    .as("child rows survive a parent change")
                                    .isEqualTo(3);
                            assertThat(db.strings("users", "age", "email")).containsExactly("41", null);
                            assertThat(db.decimals("users", "balance"))
                                    .allSatisfy(b -> assertThat(b).isZero());
                        }),
                new Step(
                        "v6 widen precision, make a column NOT NULL, change a default",
                        SchemaVersions::v6,
                        false,
                        db -> db.update(
                                "users", "balance", new java.math.BigDecimal("12.34"), "email", "bob@example.com"),
                        db -> {
                            assertThat(db.count("articles")).isEqualTo(3);
                            assertThat(db.decimals("users", "balance"))
                                    .extracting(java.math.BigDecimal::doubleValue)
                                    .containsExactly(0.0, 12.34);
                            db.insertPost("articles", 4, BOB, "Defaulted");
                            assertThat(db.strings("articles", "status", "id"))
                                    .containsExactly("draft", "draft", "draft", "new");
                        }),
                new Step(
                        "v7 add a multi-column index and a named unique index",
                        SchemaVersions::v7,
                        false,
                        NOTHING,
                        db -> assertThat(db.count("articles")).isEqualTo(4)),
                new Step(
                        "v8 create a table with a composite primary key",
                        SchemaVersions::v8,
                        false,
                        NOTHING,
                        db -> assertThat(db.count("tags")).isZero()),
                new Step(
                        "v9 change a foreign key's delete action",
                        SchemaVersions::v9,
                        false,
                        db -> {
                            db.insertTag(1, "intro");
                            db.insertTag(1, "java");
                            db.insertTag(3, "bob");
                        },
                        db -> {
                            assertThat(db.count("tags"))
                                    .as("grandchild rows survive")
                                    .isEqualTo(3);
                            assertThat(db.count("articles")).isEqualTo(4);
                        }),
                new Step("v10 drop a column and a unique index", SchemaVersions::v10, true, NOTHING, db -> {
                    assertThat(db.count("users")).isEqualTo(2);
                    assertThat(db.count("articles")).isEqualTo(4);
                    assertThat(db.count("tags")).isEqualTo(3);
                    assertThat(db.columns("users")).doesNotContain("bio");
                }),
                new Step(
                        "v11 extend a composite primary key with a defaulted column",
                        SchemaVersions::v11,
                        false,
                        NOTHING,
                        db -> {
                            assertThat(db.count("tags")).isEqualTo(3);
                            assertThat(db.strings("tags", "weight", "tag")).containsOnly("1");
                        }),
                new Step("v12 drop a table and narrow a length", SchemaVersions::v12, true, NOTHING, db -> {
                    assertThat(db.tables()).doesNotContain("tags");
                    assertThat(db.strings("articles", "title", "id"))
                            .containsExactly("Hello", "Again", "Bob's", "Defaulted");
                    assertThat(db.strings("users", "full_name", "email")).containsExactly("Alice", "Bob");
                }),
                new Step(
                        "v13 narrow a bigint to smallint",
                        SchemaVersions::v13,
                        true,
                        db -> {
                            db.update("users", "age", 36L, "email", "alice@example.com");
                            db.update("users", "age", -32768L, "email", "bob@example.com");
                        },
                        db -> assertThat(db.strings("users", "age", "email")).containsExactly("36", "-32768")),
                new Step("v14 widen a smallint to integer", SchemaVersions::v14, false, NOTHING, db -> {
                    assertThat(db.strings("users", "age", "email")).containsExactly("36", "-32768");
                    db.update("users", "age", 100_000, "email", "alice@example.com");
                    assertThat(db.strings("users", "age", "email")).containsExactly("100000", "-32768");
                }),
                new Step("v15 add a binary column", SchemaVersions::v15, false, NOTHING, db -> {
                    db.update("users", "avatar", AVATAR, "email", "alice@example.com");
                    assertThat(db.bytes("users", "avatar", "email", "alice@example.com"))
                            .containsExactly(AVATAR);
                }),
                new Step("v16 widen another column of the table", SchemaVersions::v16, false, NOTHING, db -> {
                    assertThat(db.bytes("users", "avatar", "email", "alice@example.com"))
                            .containsExactly(AVATAR);
                    assertThat(db.bytes("users", "avatar", "email", "bob@example.com"))
                            .isNull();
                }),
                new Step("v17 add a date column", SchemaVersions::v17, false, NOTHING, db -> {
                    db.update("users", "born_on", db.date("2024-01-31"), "email", "alice@example.com");
                }),
                new Step("v18 widen the date to a datetime", SchemaVersions::v18, false, NOTHING, db -> {
                    assertThat(db.strings("users", "born_on", "email").get(0)).startsWith("2024-01-31");
                    assertThat(db.strings("users", "born_on", "email").get(1)).isNull();
                }),
                new Step("v19 add a text column", SchemaVersions::v19, false, NOTHING, db -> {
                    db.update("users", "opens_at", "06:45:10.654321", "email", "alice@example.com");
                }),
                new Step("v20 narrow the text to a time of day", SchemaVersions::v20, true, NOTHING, db -> {
                    assertThat(db.strings("users", "opens_at", "email")).containsExactly("06:45:10.654321", null);
                }),
                new Step("v21 widen the time of day back to text", SchemaVersions::v21, false, NOTHING, db -> {
                    assertThat(db.strings("users", "opens_at", "email")).containsExactly("06:45:10.654321", null);
                }),
                new Step("v22 add a varchar column", SchemaVersions::v22, false, NOTHING, db -> {
                    db.update("users", "code", "ab", "email", "alice@example.com");
                    db.update("users", "code", "xyz", "email", "bob@example.com");
                }),
                new Step("v23 narrow the varchar to a char(3)", SchemaVersions::v23, true, NOTHING, db -> {
                    // PostgreSQL and H2 pad a char with spaces, MySQL and SQLite do not
                    assertThat(db.strings("users", "code", "email"))
                            .extracting(String::stripTrailing)
                            .containsExactly("ab", "xyz");
                }),
                new Step("v24 lengthen the char to char(5)", SchemaVersions::v24, false, NOTHING, db -> {
                    assertThat(db.strings("users", "code", "email"))
                            .extracting(String::stripTrailing)
                            .containsExactly("ab", "xyz");
                    db.update("users", "code", "abcde", "email", "bob@example.com");
                }),
                new Step("v25 widen the char to a varchar", SchemaVersions::v25, false, NOTHING, db -> {
                    assertThat(db.strings("users", "code", "email"))
                            .extracting(String::stripTrailing)
                            .containsExactly("ab", "abcde");
                }),
                new Step("v26 comment a table and columns", SchemaVersions::v26, false, NOTHING, db -> {
                    assertThat(db.strings("users", "full_name", "email")).containsExactly("Alice", "Bob");
                    assertThat(db.count("articles")).isEqualTo(4);
                }),
                new Step("v27 change the comments", SchemaVersions::v27, false, NOTHING, db -> {
                    assertThat(db.count("users")).isEqualTo(2);
                }),
                new Step(
                        "v28 rename a commented column, widen a commented column",
                        SchemaVersions::v28,
                        false,
                        NOTHING,
                        db -> {
                            assertThat(db.strings("users", "display_name", "email"))
                                    .containsExactly("Alice", "Bob");
                            assertThat(db.strings("articles", "title", "id"))
                                    .containsExactly("Hello", "Again", "Bob's", "Defaulted");
                        }),
                new Step("v29 drop every comment", SchemaVersions::v29, false, NOTHING, db -> {
                    assertThat(db.strings("users", "display_name", "email")).containsExactly("Alice", "Bob");
                    assertThat(db.count("articles")).isEqualTo(4);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyGeneratedFileRunsInOrderAndKeepsTheRows(Dialect dialect) throws Exception {
        try (SuiteDatabase db = SuiteDatabase.create(dialect, project)) {
            StoriumConfig config = new StoriumConfig(
                    dialect,
                    db.url(),
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
            int index = 0;
            for (Step step : steps()) {
                step.before().run(db);
                GenerateResult result = Storium.generate(
                        config, step.tables().get(), new GenerateOptions(null, false, step.allowDataLoss()));
                assertThat(result.success())
                        .as(step.name() + ": " + result.message())
                        .isTrue();
                assertThat(result.file()).as(step.name()).isNotNull();
                assertThat(result.file().getFileName().toString()).startsWith(String.format("%04d_", index));
                db.apply(result.file());
                step.after().run(db);
                index++;
            }
            GenerateResult again = Storium.generate(config, SchemaVersions.v29(), GenerateOptions.DEFAULTS);
            assertThat(again.success()).isTrue();
            assertThat(again.file()).as("nothing left to generate").isNull();
        }
    }
}
