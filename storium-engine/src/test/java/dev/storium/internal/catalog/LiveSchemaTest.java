package dev.storium.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.diff.Differ;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading live databases into the model: every type, default and key read back as the code declares it. */
class LiveSchemaTest {
    private static final TestDatabases DATABASES = TestDatabases.forPurpose("live_schema");
    private static final Set<String> HISTORY = Set.of(StoriumConfig.DEFAULT_MIGRATIONS_TABLE);

    @AfterEach
    void reset() {
        for (Dialect dialect : Dialect.values()) {
            DATABASES.reset(dialect);
        }
    }

    @AfterAll
    static void dropDatabases() {
        DATABASES.close();
    }

    private static SchemaModel pushAllTypes(Dialect dialect) {
        PushResult result = Push.run(
                DATABASES.config(dialect, Path.of("target/push-migrations").toAbsolutePath()),
                AllTypes.tables(dialect),
                PushOptions.DEFAULTS);
        assertThat(result.success()).as(result.message()).isTrue();
        return Models.fromDefinitions(AllTypes.tables(dialect));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyTypeDefaultIndexAndKeyReadsBackAsTheCode(Dialect dialect) throws Exception {
        SchemaModel code = pushAllTypes(dialect);
        try (Connection connection = DATABASES.connect(dialect)) {
            SchemaModel live = LiveSchema.read(connection, dialect, HISTORY, code);

            assertThat(Differ.diff(live, code)).isEmpty();
            assertThat(live.tables().keySet()).containsExactly("owners", "things");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyCodeColumnHasTheStorageKeyTheCatalogReportsForIt(Dialect dialect) throws Exception {
        SchemaModel code = pushAllTypes(dialect);
        try (Connection connection = DATABASES.connect(dialect)) {
            List<LiveTable> live = LiveSchema.catalog(connection, dialect).read(HISTORY);

            for (LiveTable table : live) {
                Table twin = code.table(table.table().name()).orElseThrow();
                for (Column column : twin.columns()) {
                    assertThat(Storage.of(dialect, twin, column))
                            .as(twin.name() + "." + column.name())
                            .isEqualTo(table.storage().get(column.name()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void withoutTheCodeTheCatalogAloneDecides(Dialect dialect) throws Exception {
        pushAllTypes(dialect);
        try (Connection connection = DATABASES.connect(dialect)) {
            Table things = LiveSchema.read(connection, dialect, HISTORY)
                    .table("things")
                    .orElseThrow();

            assertThat(column(things, "id").type()).isEqualTo(ColumnType.SERIAL);
            assertThat(column(things, "status").defaultValue()).isEqualTo(DefaultValue.literal("draft"));
            assertThat(column(things, "flag").type()).isEqualTo(ColumnType.BOOLEAN);
            assertThat(column(things, "flag").defaultValue()).isEqualTo(DefaultValue.literal("true"));
            assertThat(column(things, "day").defaultValue()).isEqualTo(DefaultValue.now());
            assertThat(column(things, "opens_at").type()).isEqualTo(ColumnType.TIME);
            assertThat(column(things, "opens_at").defaultValue()).isEqualTo(DefaultValue.now());
            assertThat(column(things, "closes_at").type()).isEqualTo(ColumnType.TIME);
            assertThat(column(things, "closes_at").defaultValue()).isEqualTo(DefaultValue.literal("18:30:00"));
            assertThat(column(things, "code").type()).isEqualTo(ColumnType.CHAR);
            assertThat(column(things, "code").length()).isEqualTo(3);
            assertThat(column(things, "code").defaultValue()).isEqualTo(DefaultValue.literal("ab"));
            assertThat(column(things, "grade").length()).isEqualTo(1);
            assertThat(column(things, "price").precision()).isEqualTo(10);
            assertThat(column(things, "price").scale()).isEqualTo(2);
            assertThat(things.primaryKey()).containsExactly("id");
            assertThat(things.foreignKeys())
                    .extracting(fk -> fk.name() + " " + fk.columns() + " " + fk.refTable() + fk.refColumns())
                    .contains(
                            "things_owner_id_owners_id_fk [owner_id] owners[id]",
                            "things_owner_code_owners_code_fk [owner_code] owners[code]");
            assertThat(LiveSchema.read(connection, dialect, HISTORY)
                            .table("owners")
                            .orElseThrow()
                            .indexes())
                    .extracting(i -> i.name() + " " + i.columns() + " " + i.unique())
                    .containsExactly("owners_code_unique [code] true");
            assertThat(things.foreignKeys())
                    .filteredOn(fk -> fk.columns().equals(List.of("owner_id")))
                    .extracting(fk -> fk.onDelete() + " " + fk.onUpdate())
                    .containsExactly(FkAction.SET_NULL + " " + FkAction.CASCADE);
            assertThat(things.indexes()).extracting(i -> i.name()).contains("things_flag_rank_idx", "things_label_key");
            Column ownerId = column(things, "owner_id");
            switch (dialect) {
                case MYSQL:
                    // a uuid is a varchar(36) to MariaDB's catalog: only the code can say it is a uuid
                    assertThat(ownerId.type()).isEqualTo(ColumnType.VARCHAR);
                    assertThat(ownerId.length()).isEqualTo(36);
                    assertThat(column(things, "data").type()).isEqualTo(ColumnType.JSONB);
                    assertThat(column(things, "stock").unsigned()).isTrue();
                    assertThat(column(things, "stock").type()).isEqualTo(ColumnType.INTEGER);
                    assertThat(column(things, "total").unsigned()).isTrue();
                    assertThat(column(things, "rank").unsigned()).isFalse();
                    assertThat(column(things, "sort_key").collation()).isEqualTo("utf8mb4_bin");
                    assertThat(column(things, "memo").collation())
                            .as("the table's collation is no column's own")
                            .isNull();
                    assertThat(column(things, "data").collation()).isNull();
                    break;
                case SQLITE:
                    assertThat(ownerId.type()).isEqualTo(ColumnType.VARCHAR);
                    assertThat(column(things, "data").type()).isEqualTo(ColumnType.TEXT);
                    assertThat(column(
                                            LiveSchema.read(connection, dialect, HISTORY)
                                                    .table("owners")
                                                    .orElseThrow(),
                                            "id")
                                    .defaultValue())
                            .as("SQLite stores no random-uuid default")
                            .isNull();
                    assertThat(column(things, "sort_key").collation()).isEqualTo("NOCASE");
                    assertThat(column(things, "memo").collation()).isEqualTo("RTRIM");
                    assertThat(column(things, "label").collation()).isNull();
                    break;
                case POSTGRESQL:
                    assertThat(column(things, "sort_key").collation()).isEqualTo("C");
                    assertThat(column(things, "memo").collation()).isEqualTo("POSIX");
                    assertThat(column(things, "label").collation()).isNull();
                    assertThat(ownerId.type()).isEqualTo(ColumnType.UUID);
                    assertThat(column(things, "numbers").items()).isEqualTo(ColumnType.INTEGER);
                    break;
                default:
                    assertThat(ownerId.type()).isEqualTo(ColumnType.UUID);
                    assertThat(column(things, "numbers").items()).isEqualTo(ColumnType.INTEGER);
                    break;
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aChangeMadeBehindTheCodesBackIsFound(Dialect dialect) throws Exception {
        SchemaModel code = pushAllTypes(dialect);
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE `owners` ADD COLUMN `extra` int"
                            : "ALTER TABLE \"owners\" ADD COLUMN \"extra\" integer");
            statement.execute(
                    dialect == Dialect.MYSQL
                            ? "DROP INDEX `things_flag_rank_idx` ON `things`"
                            : "DROP INDEX \"things_flag_rank_idx\"");

            List<SchemaChange> changes = Differ.diff(LiveSchema.read(connection, dialect, HISTORY, code), code);

            assertThat(changes)
                    .extracting(SchemaChange::describe)
                    .containsExactlyInAnyOrder(
                            "drop column owners.extra", "create index things_flag_rank_idx on things");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theHistoryTableAndRebuildLeftoversAreNotRead(Dialect dialect) throws Exception {
        SchemaModel code = pushAllTypes(dialect);
        try (Connection connection = DATABASES.connect(dialect);
                Statement statement = connection.createStatement()) {
            String q = dialect == Dialect.MYSQL ? "`" : "\"";
            statement.execute(
                    "CREATE TABLE " + q + "__storium_migrations" + q + " (" + q + "tag" + q + " varchar(100))");
            statement.execute("CREATE TABLE " + q + "__new_things" + q + " (" + q + "id" + q + " integer)");

            SchemaModel live = LiveSchema.read(connection, dialect, HISTORY, code);

            assertThat(live.tables().keySet()).containsExactly("owners", "things");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aNumericOfAnotherPrecisionOrScaleIsAColumnChange(Dialect dialect) throws Exception {
        SchemaModel code = pushAllTypes(dialect);
        for (int[] precision : new int[][] {{12, 2}, {10, 3}}) {
            Table things = code.table("things").orElseThrow();
            List<Column> columns = things.columns().stream()
                    .map(c -> c.name().equals("price")
                            ? new Column(
                                    "price",
                                    ColumnType.NUMERIC,
                                    null,
                                    precision[0],
                                    precision[1],
                                    null,
                                    c.notNull(),
                                    c.defaultValue(),
                                    null)
                            : c)
                    .toList();
            SchemaModel other = new SchemaModel(new java.util.LinkedHashMap<>(Map.of(
                    "owners",
                    code.table("owners").orElseThrow(),
                    "things",
                    things.with(columns, things.indexes(), things.foreignKeys()))));
            try (Connection connection = DATABASES.connect(dialect)) {
                List<SchemaChange> changes = Differ.diff(LiveSchema.read(connection, dialect, HISTORY, other), other);

                assertThat(changes)
                        .as("numeric(10,2) read against numeric(%d,%d)", precision[0], precision[1])
                        .singleElement()
                        .isInstanceOfSatisfying(SchemaChange.AlterColumn.class, change -> {
                            assertThat(change.from().precision()).isEqualTo(10);
                            assertThat(change.from().scale()).isEqualTo(2);
                        });
            }
        }
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }
}
