package dev.storium.constructs;

import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.DATETIME;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.indexOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.IndexDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Index options on every dialect, on a table that holds rows: descending columns everywhere; on PostgreSQL the methods
 * (gin, brin, hash), {@code INCLUDE} and expressions; on SQLite expressions and partial indexes; on MySQL/MariaDB
 * fulltext. Each is created, changed and dropped, migrated and read back as the code wrote it; what a database lacks
 * is refused at generate with {@code UNSUPPORTED}, naming the construct, the dialect and the alternative.
 */
class IndexOptionsTest {
    @TempDir
    Path project;

    private static List<TableDef> articles(IndexDef... indexes) {
        return List.of(defineTable("articles")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("title", VARCHAR).maxLength(200).notNull(),
                        column("body", TEXT),
                        column("tags", JSONB),
                        column("views", INTEGER).notNull().defaultValue(0),
                        column("publishedAt", DATETIME).notNull())
                .timestamps(false)
                .indexes(indexes));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anIndexThatKeepsItsDefinitionUnderANewNameIsRenamed(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_rename", project)) {
            db.step(
                    "v1",
                    articles(
                            index("views").name("articles_views_idx"),
                            index("title").unique().name("articles_title_idx"),
                            index("publishedAt").desc()),
                    false);
            db.execute("INSERT INTO " + db.q("articles") + " (" + db.q("title") + ", " + db.q("published_at")
                    + ") VALUES ('a', " + (dialect == Dialect.SQLITE ? "'2026-12-06 10:00:00'" : "CURRENT_TIMESTAMP")
                    + ")");

            String renamed = db.step(
                    "v2 renamed",
                    articles(
                            index("views").name("articles_by_views"),
                            index("title").unique().name("articles_by_title"),
                            index("publishedAt").desc().name("articles_recent")),
                    false);
            if (dialect == Dialect.MYSQL) {
                assertThat(renamed)
                        .contains("ALTER TABLE `articles` RENAME INDEX `articles_views_idx` TO `articles_by_views`")
                        .doesNotContain("DROP INDEX");
            } else if (dialect == Dialect.SQLITE) {
                assertThat(renamed).contains("DROP INDEX \"articles_views_idx\"");
            } else {
                assertThat(renamed)
                        .contains("ALTER INDEX \"articles_views_idx\" RENAME TO \"articles_by_views\"")
                        .contains("ALTER INDEX \"articles_published_at_idx\" RENAME TO \"articles_recent\"");
            }
            assertThat(db.strings("SELECT " + db.q("title") + " FROM " + db.q("articles")))
                    .containsExactly("a");

            // renamed by hand: drift that push names and undoes
            List<TableDef> tables = articles(
                    index("views").name("articles_by_views"),
                    index("title").unique().name("articles_by_title"),
                    index("publishedAt").desc().name("articles_recent"));
            db.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE `articles` RENAME INDEX `articles_by_views` TO `articles_views_by_hand`"
                            : dialect == Dialect.SQLITE
                                    ? "DROP INDEX \"articles_by_views\""
                                    : "ALTER INDEX \"articles_by_views\" RENAME TO \"articles_views_by_hand\"");
            if (dialect == Dialect.SQLITE) {
                db.execute("CREATE INDEX \"articles_views_by_hand\" ON \"articles\" (\"views\")");
            }
            assertThat(db.drift(tables))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SchemaChange.RenameIndex.class,
                            c -> assertThat(c.from().name()).isEqualTo("articles_views_by_hand"));
            PushResult pushed = Push.run(db.config(), tables, PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after push", tables);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "MYSQL")
    void mysqlKeepsIndexNamesPerTable(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_per_table", project)) {
            List<TableDef> v1 = List.of(named("authors", "by_name"), named("editors", "by_name"));
            db.step("v1 one index name on two tables", v1, false);
            db.execute("INSERT INTO `authors` (`name`) VALUES ('Ada')");
            String renamed = db.step(
                    "v2 one of them renamed",
                    List.of(named("authors", "by_name"), named("editors", "by_editor")),
                    false);
            assertThat(renamed).contains("ALTER TABLE `editors` RENAME INDEX `by_name` TO `by_editor`");
            db.step("v3 and back", v1, false);
            assertThat(db.strings("SELECT `name` FROM `authors`")).containsExactly("Ada");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "MYSQL")
    void mysqlBuildsASpatialIndexOverAGeometryColumn(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_spatial", project)) {
            String created =
                    db.step("v1 a spatial index", places(index("location").using("spatial")), false);
            assertThat(created).contains("CREATE SPATIAL INDEX `places_location_idx` ON `places` (`location`)");
            db.execute("INSERT INTO `places` (`location`) VALUES (ST_GeomFromText('POINT(1 2)'))");
            db.step("v2 renamed", places(index("location").using("spatial").name("places_near")), false);
            db.step("v3 dropped", places(), false);
            assertThat(db.strings("SELECT ST_AsText(`location`) FROM `places`")).containsExactly("POINT(1 2)");
        }
        try (Evolution other = new Evolution(Dialect.POSTGRESQL, "index_spatial_pg", project.resolve("pg"))) {
            GenerateResult refused = Storium.generate(
                    other.config(), places(index("location").using("spatial")), GenerateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.message()).contains("uses the method spatial, but postgresql has only btree");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void postgresqlKeepsOperatorClassesAndTheOrderOfNulls(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_opclass", project)) {
            IndexDef pattern =
                    index("title").opclass("title", "text_pattern_ops").name("articles_title_prefix");
            IndexDef nulls = index("views", "publishedAt")
                    .desc("publishedAt")
                    .nullsFirst("views")
                    .nullsLast("publishedAt")
                    .name("articles_views_nulls");
            IndexDef expression = indexOn("lower(title)")
                    .opclass("lower(title)", "TEXT_PATTERN_OPS")
                    .nullsFirst()
                    .name("articles_title_lower_prefix");
            String created = db.step("v1", articles(pattern, nulls, expression), false);
            assertThat(created)
                    .contains("(\"title\" text_pattern_ops)")
                    .contains("(\"views\" NULLS FIRST, \"published_at\" DESC NULLS LAST)")
                    .contains("((lower(title)) TEXT_PATTERN_OPS NULLS FIRST)");
            db.execute("INSERT INTO articles (title, published_at) VALUES ('abc', now())");

            // another operator class or nulls order is a change; the default nulls order written out is none
            IndexDef byDefault =
                    index("views", "publishedAt").desc("publishedAt").name("articles_views_nulls");
            IndexDef otherPattern =
                    index("title").opclass("title", "varchar_pattern_ops").name("articles_title_prefix");
            db.step("v2 other operator class and nulls order", articles(otherPattern, byDefault, expression), false);
            db.assertInSync(
                    "the default nulls order written out",
                    articles(otherPattern, byDefault.nullsLast("views").nullsFirst("publishedAt"), expression));

            // made again by hand without its operator class: drift that push undoes
            List<TableDef> tables = articles(pattern, nulls, expression);
            db.step("v3", tables, false);
            db.execute("DROP INDEX articles_title_prefix");
            db.execute("CREATE INDEX articles_title_prefix ON articles (title)");
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .contains("create index articles_title_prefix on articles");
            PushResult pushed = Push.run(db.config(), tables, PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after push", tables);
            assertThat(db.strings("SELECT title FROM articles")).containsExactly("abc");

            // the default class written out: PostgreSQL reads back none, which is no drift
            db.step(
                    "v4 a default operator class written out",
                    articles(
                            pattern,
                            nulls,
                            expression,
                            index("views").opclass("views", "INT4_OPS").name("articles_views_default_ops")),
                    false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL", "SQLITE", "MEMORY"})
    void operatorClassesAndNullsOrderArePostgresqlOnly(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_opclass_refused", project)) {
            assertThat(refusal(db, index("title").nullsFirst()))
                    .startsWith("Index articles_title_idx on table articles gives a nulls order to a key part"
                            + " (index articles_title_idx (title NULLS FIRST)), but ")
                    .contains("has neither operator classes nor NULLS FIRST/LAST in an index (only postgresql has)");
        }
    }

    private static List<TableDef> places(IndexDef... indexes) {
        return List.of(defineTable("places")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("location", CUSTOM)
                                .sqlType(Dialect.MYSQL, "point")
                                .sqlType(Dialect.POSTGRESQL, "point")
                                .notNull())
                .timestamps(false)
                .indexes(indexes));
    }

    private static TableDef named(String table, String indexName) {
        return defineTable(table)
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("name", VARCHAR).maxLength(50))
                .timestamps(false)
                .indexes(index("name").name(indexName));
    }

    /** The first version's indexes of a dialect: descending columns everywhere, and what else it has. */
    private static IndexDef[] first(Dialect dialect) {
        List<IndexDef> indexes = new ArrayList<>(List.of(
                index("publishedAt").desc().name("articles_recent_idx"),
                index("views", "publishedAt").desc("publishedAt").name("articles_views_recent_idx")));
        switch (dialect) {
            case POSTGRESQL:
                indexes.add(indexOn("lower(title)").name("articles_title_lower_idx"));
                // PostgreSQL stores BETWEEN as >= and <=, and the IN list as = ANY (ARRAY[...]): read back the code's
                // way
                indexes.add(
                        indexOn("views between 1 and 5", "title in ('a', 'b')").name("articles_views_band_idx"));
                indexes.add(index("tags").using("gin"));
                indexes.add(index("publishedAt").using("brin").name("articles_published_brin_idx"));
                indexes.add(index("title").include("views").name("articles_title_views_idx"));
                break;
            case SQLITE:
                indexes.add(indexOn("lower(title)").name("articles_title_lower_idx"));
                indexes.add(indexOn("lower(title)", "views").desc().unique().name("articles_title_views_idx"));
                break;
            case MYSQL:
                indexes.add(index("body").using("fulltext").name("articles_body_text_idx"));
                break;
            default:
                break;
        }
        return indexes.toArray(new IndexDef[0]);
    }

    /** The second version: each option changed. */
    private static IndexDef[] second(Dialect dialect) {
        List<IndexDef> indexes = new ArrayList<>(List.of(
                index("publishedAt").name("articles_recent_idx"),
                index("views", "publishedAt").desc("views").name("articles_views_recent_idx")));
        switch (dialect) {
            case POSTGRESQL:
                indexes.add(indexOn("lower(title)", "views").desc().name("articles_title_lower_idx"));
                indexes.add(index("tags").using("gin").where("views > 0"));
                indexes.add(index("publishedAt").using("hash").name("articles_published_brin_idx"));
                indexes.add(index("title").include("views", "publishedAt").name("articles_title_views_idx"));
                break;
            case SQLITE:
                indexes.add(indexOn("upper(title)").name("articles_title_lower_idx"));
                indexes.add(indexOn("lower(title)", "views")
                        .unique()
                        .where("views > 0")
                        .name("articles_title_views_idx"));
                break;
            case MYSQL:
                indexes.add(index("title", "body").using("fulltext").name("articles_body_text_idx"));
                break;
            default:
                break;
        }
        return indexes.toArray(new IndexDef[0]);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void indexOptionsAreCreatedChangedAndDroppedOnATableWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_options", project)) {
            db.step("v0 the table", articles(), false);
            insert(db, "Hello", 3);
            insert(db, "World", 0);

            String created = db.step("v1 indexes with options", articles(first(dialect)), false);
            assertThat(created).contains(db.q("published_at") + " DESC");
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(created)
                        .contains("ON \"articles\" ((lower(title)))")
                        .contains("USING gin (\"tags\")")
                        .contains("USING brin")
                        .contains("INCLUDE (\"views\")");
            } else if (dialect == Dialect.MYSQL) {
                assertThat(created).contains("CREATE FULLTEXT INDEX `articles_body_text_idx` ON `articles` (`body`)");
            } else if (dialect == Dialect.SQLITE) {
                assertThat(created).contains("ON \"articles\" (lower(title) DESC, views DESC)");
                assertThatThrownBy(() -> insert(db, "hello", 3)).isInstanceOf(SQLException.class);
            }
            insert(db, "Again", 5);

            db.step("v2 each option changed", articles(second(dialect)), false);
            insert(db, "More", 1);

            db.step("v3 dropped", articles(), false);
            assertThat(db.strings("SELECT " + db.q("title") + " FROM " + db.q("articles") + " ORDER BY " + db.q("id")))
                    .containsExactly("Hello", "World", "Again", "More");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anIndexMadeDescendingByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_drift", project)) {
            List<TableDef> tables = articles(index("views").name("articles_views_idx"));
            db.step("v1", tables, false);
            insert(db, "Hello", 3);

            db.execute(
                    dialect == Dialect.MYSQL
                            ? "DROP INDEX `articles_views_idx` ON `articles`"
                            : "DROP INDEX " + db.q("articles_views_idx"));
            db.execute("CREATE INDEX " + db.q("articles_views_idx") + " ON " + db.q("articles") + " (" + db.q("views")
                    + " DESC)");
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .containsExactly(
                            "drop index articles_views_idx on articles", "create index articles_views_idx on articles");
            PushResult push = Push.run(db.config(), tables, PushOptions.DEFAULTS);
            assertThat(push.success()).as(push.message()).isTrue();
            assertThat(push.statements()).isNotEmpty();
            db.assertInSync("after push", tables);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL", "SQLITE", "MEMORY"})
    void whatADatabaseLacksIsRefusedAtGenerate(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_refused", project)) {
            String name = dialect == Dialect.MYSQL ? "mysql" : dialect == Dialect.SQLITE ? "sqlite" : "memory (H2)";
            if (dialect != Dialect.SQLITE) {
                assertThat(refusal(db, indexOn("lower(title)").name("articles_title_lower_idx")))
                        .startsWith(
                                "Index articles_title_lower_idx on table articles is on the expression lower(title),"
                                        + " but " + name + " has no index on an expression")
                        .contains("Index a column instead");
            }
            assertThat(refusal(db, index("title").include("views")))
                    .isEqualTo("Index articles_title_idx on table articles includes the columns views, but " + name
                            + " has no INCLUDE clause (only postgresql has). Remove include(...) from the index, or"
                            + " add the columns to the index's own columns (at the end, so that it still serves the"
                            + " same lookups).");
            String methods = dialect == Dialect.MYSQL
                    ? " has only btree (the default), fulltext and spatial. Remove using(\"gin\") from the index, or use one"
                            + " of those."
                    : " has no index methods to choose from. Remove using(\"gin\") from the index.";
            assertThat(refusal(db, index("views").using("gin")))
                    .isEqualTo("Index articles_views_idx on table articles uses the method gin, but " + name + methods);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE", "MEMORY"})
    void fulltextIsMysqlOnly(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "index_fulltext", project)) {
            assertThat(refusal(db, index("body").using("fulltext"))).contains("uses the method fulltext, but");
        }
    }

    private static String refusal(Evolution db, IndexDef index) {
        GenerateResult result = Storium.generate(db.config(), articles(index), GenerateOptions.DEFAULTS);
        assertThat(result.success()).as(result.message()).isFalse();
        assertThat(result.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
        return result.error().getMessage();
    }

    private static void insert(Evolution db, String title, int views) throws SQLException {
        db.execute(
                "INSERT INTO " + db.q("articles") + " (" + db.q("title") + ", " + db.q("views") + ", "
                        + db.q("published_at") + ") VALUES (?, ?, '2026-01-0" + (views + 1) + " 12:00:00')",
                title,
                views);
    }
}
