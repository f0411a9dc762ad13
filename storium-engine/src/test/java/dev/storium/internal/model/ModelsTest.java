package dev.storium.internal.model;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {
    private static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR).maxLength(255).notNull().required(),
                    column("nickName", VARCHAR).renamedFrom("nick"),
                    column("score", ColumnType.NUMERIC).precision(10, 2).defaultValue(0.5),
                    column("tags", ColumnType.ARRAY).items(TEXT),
                    column("slug", VARCHAR).dbName("url_slug").defaultValue("none"))
            .indexes(index("email").unique(), index("score").where("score > 0"));

    private static final TableDef POSTS = defineTable("posts")
            .renamedFrom("articles")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("authorId", UUID).notNull().references(USERS, "id").onDelete(FkAction.CASCADE))
            .timestamps(false);

    @Test
    void columnsUseDatabaseNamesAndCarryEveryOption() {
        Table users =
                Models.fromDefinitions(List.of(USERS, POSTS)).table("users").orElseThrow();
        assertThat(users.columns())
                .containsExactly(
                        new Column("id", UUID, null, null, null, null, true, DefaultValue.randomUuid(), null),
                        new Column("email", VARCHAR, 255, null, null, null, true, null, null),
                        new Column("nick_name", VARCHAR, null, null, null, null, false, null, "nick"),
                        new Column(
                                "score",
                                ColumnType.NUMERIC,
                                null,
                                10,
                                2,
                                null,
                                false,
                                DefaultValue.literal("0.5"),
                                null),
                        new Column("tags", ColumnType.ARRAY, null, null, null, TEXT, false, null, null),
                        new Column(
                                "url_slug", VARCHAR, null, null, null, null, false, DefaultValue.literal("none"), null),
                        new Column(
                                "created_at",
                                ColumnType.TIMESTAMP,
                                null,
                                null,
                                null,
                                null,
                                true,
                                DefaultValue.now(),
                                null),
                        new Column(
                                "updated_at",
                                ColumnType.TIMESTAMP,
                                null,
                                null,
                                null,
                                null,
                                true,
                                DefaultValue.now(),
                                null));
        assertThat(users.primaryKey()).containsExactly("id");
        assertThat(users.indexes())
                .containsExactly(
                        new Index("users_email_unique", List.of("email"), true, null),
                        new Index("users_score_idx", List.of("score"), false, "score > 0"));
        assertThat(users.renamedFrom()).isNull();
    }

    @Test
    void foreignKeysAndTableRenamesUseDatabaseNames() {
        SchemaModel model = Models.fromDefinitions(List.of(POSTS, USERS));
        assertThat(model.tables().keySet()).containsExactly("posts", "users");
        Table posts = model.table("posts").orElseThrow();
        assertThat(posts.renamedFrom()).isEqualTo("articles");
        assertThat(posts.foreignKeys())
                .containsExactly(new ForeignKey(
                        "posts_author_id_users_id_fk",
                        List.of("author_id"),
                        "users",
                        List.of("id"),
                        FkAction.CASCADE,
                        FkAction.NO_ACTION));
        assertThat(posts.column("id").orElseThrow().notNull()).isTrue();
    }

    @Test
    void compositePrimaryKeysKeepTheirOrder() {
        TableDef members = defineTable("members")
                .columns(column("groupId", INTEGER), column("userId", UUID))
                .primaryKey("userId", "groupId");
        Table table = Models.fromDefinitions(List.of(members)).table("members").orElseThrow();
        assertThat(table.primaryKey()).containsExactly("user_id", "group_id");
        assertThat(table.column("group_id").orElseThrow().notNull()).isTrue();
    }

    @Test
    void refusesTwoDefinitionsOfOneTable() {
        assertThatThrownBy(() -> Models.fromDefinitions(List.of(USERS, USERS.timestamps(false))))
                .isInstanceOf(StoriumException.class)
                .hasMessage("Table users is defined twice in the schema classes. Fix: keep one definition per table"
                        + " name, or give one of them another name.")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.SCHEMA_DEFINITION);
    }

    @Test
    void refusesForeignKeysToTablesOutsideTheSchema() {
        assertThatThrownBy(() -> Models.fromDefinitions(List.of(POSTS)))
                .hasMessage("Table posts, column author_id: the foreign key posts_author_id_users_id_fk references"
                        + " table users, which is not among the schema's definitions. Fix: include the class that"
                        + " defines users in the schema setting.");
    }

    @Test
    void refusesOneIndexNameOnTwoTables() {
        TableDef a =
                defineTable("a").columns(column("x", TEXT)).indexes(index("x").name("shared"));
        TableDef b =
                defineTable("b").columns(column("x", TEXT)).indexes(index("x").name("shared"));
        assertThatThrownBy(() -> Models.fromDefinitions(List.of(a, b)))
                .hasMessage("Index shared is defined on both table a and table b; index names are shared by the whole"
                        + " schema on every database but MySQL/MariaDB. Fix: give one of them another name with"
                        + " index(...).name(\"...\").");
        assertThatThrownBy(() -> Models.fromDefinitions(SchemaDefinition.of(List.of(a, b)), Dialect.POSTGRESQL))
                .hasMessageStartingWith("Index shared is defined on both table a and table b");
    }

    @Test
    void mysqlKeepsIndexNamesPerTable() {
        TableDef a =
                defineTable("a").columns(column("x", TEXT)).indexes(index("x").name("shared"));
        TableDef b =
                defineTable("b").columns(column("x", TEXT)).indexes(index("x").name("shared"));
        SchemaModel model = Models.fromDefinitions(SchemaDefinition.of(List.of(a, b)), Dialect.MYSQL);
        assertThat(model.tables().get("b").indexes()).extracting(Index::name).containsExactly("shared");
    }
}
