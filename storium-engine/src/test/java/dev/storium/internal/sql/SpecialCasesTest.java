package dev.storium.internal.sql;

import static dev.storium.internal.sql.Steps.col;
import static dev.storium.internal.sql.Steps.model;
import static dev.storium.internal.sql.Steps.notNull;
import static dev.storium.internal.sql.Steps.table;
import static dev.storium.internal.sql.Steps.varchar;
import static dev.storium.internal.sql.Steps.withDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cases outside the shared steps: partial indexes, literals, refusals, and the traps the original fell into. */
class SpecialCasesTest {
    static TestDatabases databases;

    @BeforeAll
    static void create() {
        databases = TestDatabases.forPurpose("special");
    }

    @AfterAll
    static void drop() {
        databases.close();
    }

    static final Index PUBLISHED =
            new Index("posts_published_idx", List.of("author_id"), false, "\"status\" = 'published'");
    static final SchemaModel WITH_PARTIAL =
            model(Steps.USERS_1, withIndex(Steps.POSTS_1, PUBLISHED), Steps.MEMBERSHIPS_1);

    static Table withIndex(Table t, Index index) {
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(index);
        return new Table(t.name(), t.columns(), t.primaryKey(), indexes, t.foreignKeys(), null);
    }

    static List<String> render(Dialect dialect, SchemaModel previous, SchemaModel next, SchemaChange... changes) {
        return SqlRenderer.of(dialect).render(List.of(changes), previous, next);
    }

    @Test
    void partialIndexesRunOnPostgresqlAndSqlite() throws SQLException {
        for (Dialect dialect : List.of(Dialect.POSTGRESQL, Dialect.SQLITE)) {
            List<String> sql =
                    render(dialect, Steps.V1, WITH_PARTIAL, new SchemaChange.CreateIndex("posts", PUBLISHED));
            assertThat(sql)
                    .containsExactly(
                            "CREATE INDEX \"posts_published_idx\" ON \"posts\" (\"author_id\") WHERE \"status\" = 'published'");
            databases.reset(dialect);
            try (Connection connection = databases.connect(dialect)) {
                ScriptExecutor executor = new ScriptExecutor(dialect);
                executor.execute(connection, "v1", DialectSuite.render(dialect, Steps.createTables()));
                executor.execute(connection, "partial", sql);
            }
        }
    }

    @Test
    void partialIndexesAreRefusedOnMysqlAndH2() {
        assertThatThrownBy(() ->
                        render(Dialect.MYSQL, Steps.V1, WITH_PARTIAL, new SchemaChange.CreateIndex("posts", PUBLISHED)))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED))
                .hasMessage("Index posts_published_idx on table posts is partial (where \"status\" = 'published'), but"
                        + " mysql has no partial indexes. Remove the where condition from the index definition, or"
                        + " index the columns without it.");
        assertThatThrownBy(() -> render(
                        Dialect.MEMORY, Steps.V1, WITH_PARTIAL, new SchemaChange.CreateIndex("posts", PUBLISHED)))
                .hasMessageContaining("but memory (H2) has no partial indexes");
    }

    @Test
    void mysqlRefusesAnIndexOnTextAndTheSetDefaultAction() {
        Index onTitle = new Index("posts_title_idx", List.of("title"), false, null);
        SchemaModel next = model(Steps.USERS_1, withIndex(Steps.POSTS_1, onTitle), Steps.MEMBERSHIPS_1);
        assertThatThrownBy(() -> render(Dialect.MYSQL, Steps.V1, next, new SchemaChange.CreateIndex("posts", onTitle)))
                .hasMessage(
                        "Index posts_title_idx on table posts includes column title of type text, which mysql stores"
                                + " as text and cannot index without a prefix. Make the column a varchar with a maxLength, or"
                                + " drop it from the index.");
        ForeignKey setDefault = new ForeignKey(
                "posts_author_id_fk", List.of("author_id"), "users", List.of("id"), FkAction.SET_DEFAULT, null);
        assertThatThrownBy(() ->
                        render(Dialect.MYSQL, Steps.V1, Steps.V1, new SchemaChange.AddForeignKey("posts", setDefault)))
                .hasMessageContaining("Foreign key posts_author_id_fk on table posts uses the action set default");
    }

    @Test
    void literalsAreWrittenByColumnType() {
        Column quote = withDefault(varchar("motto", 50), DefaultValue.literal("it's a \\ path"));
        Column off = notNull(withDefault(col("off", ColumnType.BOOLEAN), DefaultValue.literal("false")));
        Column minus = withDefault(col("minus", ColumnType.BIGINT), DefaultValue.literal("-12"));
        Table t = table("t", List.of(quote, off, minus), List.of(), List.of(), List.of());
        SchemaModel next = model(t);
        assertThat(render(Dialect.POSTGRESQL, SchemaModel.empty(), next, new SchemaChange.CreateTable(t)))
                .containsExactly("CREATE TABLE \"t\" (\n  \"motto\" varchar(50) DEFAULT 'it''s a \\ path',\n"
                        + "  \"off\" boolean DEFAULT FALSE NOT NULL,\n  \"minus\" bigint DEFAULT -12\n)");
        assertThat(render(Dialect.MYSQL, SchemaModel.empty(), next, new SchemaChange.CreateTable(t))
                        .get(0))
                .contains("`motto` varchar(50) DEFAULT 'it''s a \\\\ path'");
        assertThat(render(Dialect.SQLITE, SchemaModel.empty(), next, new SchemaChange.CreateTable(t))
                        .get(0))
                .contains("\"off\" boolean DEFAULT 0 NOT NULL");
    }

    @Test
    void aLiteralThatDoesNotFitTheTypeIsADefinitionError() {
        Column bad = withDefault(col("n", ColumnType.INTEGER), DefaultValue.literal("ten"));
        Table t = table("t", List.of(bad), List.of(), List.of(), List.of());
        assertThatThrownBy(() ->
                        render(Dialect.POSTGRESQL, SchemaModel.empty(), model(t), new SchemaChange.CreateTable(t)))
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Column n has the default 'ten', which is not a valid integer value: expected a number."
                        + " Change the column's defaultValue.");
    }

    @Test
    void mariadbGeneratesRandomUuidDefaultsAndTakesCompositeKeys() throws SQLException {
        Table tokens = table(
                "tokens",
                List.of(Steps.USERS_ID, notNull(col("slot", ColumnType.INTEGER))),
                List.of("id", "slot"),
                List.of(),
                List.of());
        List<String> sql =
                render(Dialect.MYSQL, SchemaModel.empty(), model(tokens), new SchemaChange.CreateTable(tokens));
        assertThat(sql)
                .containsExactly("CREATE TABLE `tokens` (\n  `id` varchar(36) DEFAULT (uuid()) NOT NULL,\n"
                        + "  `slot` int NOT NULL,\n  PRIMARY KEY (`id`, `slot`)\n)");
        databases.reset(Dialect.MYSQL);
        try (Connection connection = databases.connect(Dialect.MYSQL)) {
            new ScriptExecutor(Dialect.MYSQL).execute(connection, "tokens", sql);
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO `tokens` (`slot`) VALUES (1), (1)");
                try (ResultSet rows = s.executeQuery("SELECT COUNT(DISTINCT `id`) FROM `tokens`")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void postgresqlChangesVarcharDigitsToIntegerThanksToUsing() throws SQLException {
        databases.reset(Dialect.POSTGRESQL);
        try (Connection connection = databases.connect(Dialect.POSTGRESQL);
                Statement s = connection.createStatement()) {
            ScriptExecutor executor = new ScriptExecutor(Dialect.POSTGRESQL);
            executor.execute(connection, "v1", DialectSuite.render(Dialect.POSTGRESQL, Steps.createTables()));
            s.execute("INSERT INTO \"users\" (\"email\", \"code\") VALUES ('a@example.com', '42')");
            // without the cast PostgreSQL refuses: the trap of the original
            assertThatThrownBy(() -> s.execute("ALTER TABLE \"users\" ALTER COLUMN \"code\" SET DATA TYPE integer"))
                    .hasMessageContaining("cannot be cast automatically to type integer");
            List<String> sql = render(
                    Dialect.POSTGRESQL,
                    Steps.V1,
                    Steps.V1,
                    new SchemaChange.AlterColumn("users", Steps.USERS_CODE, col("code", ColumnType.INTEGER), true));
            assertThat(sql)
                    .containsExactly(
                            "ALTER TABLE \"users\" ALTER COLUMN \"code\" SET DATA TYPE integer USING \"code\"::integer");
            executor.execute(connection, "retype", sql);
            try (ResultSet rows = s.executeQuery("SELECT \"code\" + 1 FROM \"users\"")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(43);
            }
        }
    }
}
