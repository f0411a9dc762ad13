package dev.storium.schema;

import static dev.storium.schema.Tables.MEMBERSHIPS;
import static dev.storium.schema.Tables.POSTS;
import static dev.storium.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.StoriumException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void keysBecomeSnakeCaseUnlessDbNameIsGiven() {
        TableMeta users = USERS.storium();
        assertThat(users.columns())
                .extracting(ColumnMeta::key)
                .containsExactly("id", "email", "fullName", "score", "tags", "bio", "slug", "active");
        assertThat(users.columns())
                .extracting(ColumnMeta::dbName)
                .containsExactly("id", "email", "full_name", "score", "tags", "bio", "url_slug", "active");
        assertThat(Names.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Names.snakeCase("HTTPServer2Port")).isEqualTo("http_server2_port");
        assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
    }

    @Test
    void columnOptionsReachTheMetadata() {
        TableMeta users = USERS.storium();
        ColumnMeta email = users.column("email").orElseThrow();
        assertThat(email.notNull()).isTrue();
        assertThat(email.required()).isTrue();
        assertThat(email.maxLength()).isEqualTo(255);
        ColumnMeta fullName = users.column("fullName").orElseThrow();
        assertThat(fullName.renamedFrom()).isEqualTo("name");
        assertThat(fullName.notNull()).isFalse();
        ColumnMeta score = users.column("score").orElseThrow();
        assertThat(score.precision()).isEqualTo(10);
        assertThat(score.scale()).isEqualTo(2);
        assertThat(score.defaultValue().text()).isEqualTo("0");
        assertThat(users.column("tags").orElseThrow().items()).isEqualTo(ColumnType.TEXT);
        assertThat(users.column("bio").orElseThrow().hidden()).isTrue();
        assertThat(users.column("slug").orElseThrow().readonly()).isTrue();
        assertThat(users.column("active").orElseThrow().defaultValue().text()).isEqualTo("true");
        assertThat(users.timestamps()).isFalse();
    }

    @Test
    void requiredDoesNotMakeAColumnNotNull() {
        TableDef t = Schema.defineTable("t")
                .columns(Schema.column("name", ColumnType.TEXT).required());
        ColumnMeta name = t.storium().column("name").orElseThrow();
        assertThat(name.required()).isTrue();
        assertThat(name.notNull()).isFalse();
        assertThat(t.column("name").getDataType().nullable()).isTrue();
    }

    @Test
    void primaryKeyColumnsAreReadonlyAndNotNull() {
        ColumnMeta id = USERS.storium().column("id").orElseThrow();
        assertThat(id.primaryKey()).isTrue();
        assertThat(id.readonly()).isTrue();
        assertThat(id.notNull()).isTrue();
        assertThat(USERS.storium().primaryKey()).containsExactly("id");
    }

    @Test
    void primaryKeyIsExplicitThenFlaggedThenId() {
        assertThat(MEMBERSHIPS.storium().primaryKey()).containsExactly("userId", "groupId");
        assertThat(MEMBERSHIPS.getPrimaryKey().getFields())
                .extracting(f -> f.getName())
                .containsExactly("user_id", "group_id");
        TableDef flagged = Schema.defineTable("codes")
                .columns(
                        Schema.column("id", ColumnType.INTEGER),
                        Schema.column("code", ColumnType.VARCHAR).primaryKey());
        assertThat(flagged.storium().primaryKey()).containsExactly("code");
        assertThat(flagged.storium().column("id").orElseThrow().primaryKey()).isFalse();
        TableDef implicit = Schema.defineTable("things").columns(Schema.column("id", ColumnType.BIGINT));
        assertThat(implicit.storium().primaryKey()).containsExactly("id");
        TableDef none = Schema.defineTable("logs").columns(Schema.column("line", ColumnType.TEXT));
        assertThat(none.storium().primaryKey()).isEmpty();
        assertThat(none.getPrimaryKey()).isNull();
    }

    @Test
    void timestampsAreAddedUnlessTurnedOff() {
        TableMeta posts = POSTS.storium();
        assertThat(posts.timestamps()).isTrue();
        ColumnMeta created = posts.column("createdAt").orElseThrow();
        assertThat(created.dbName()).isEqualTo("created_at");
        assertThat(created.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(created.notNull()).isTrue();
        assertThat(created.defaultValue().kind()).isEqualTo(ColumnDefault.Kind.NOW);
        assertThat(posts.column("updatedAt").orElseThrow().dbName()).isEqualTo("updated_at");
        assertThat(USERS.storium().column("createdAt")).isEmpty();
    }

    @Test
    void indexesGetAutomaticNamesFromDbNames() {
        assertThat(USERS.storium().indexes())
                .extracting(IndexMeta::name, IndexMeta::dbColumns, IndexMeta::unique, IndexMeta::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("users_email_unique", List.of("email"), true, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "users_name_score", List.of("full_name", "score"), false, null),
                        org.assertj.core.groups.Tuple.tuple("users_score_idx", List.of("score"), false, "score > 0"));
        TableDef multi = Schema.defineTable("pairs")
                .columns(Schema.column("leftId", ColumnType.INTEGER), Schema.column("rightId", ColumnType.INTEGER))
                .indexes(Schema.index("leftId", "rightId").unique());
        assertThat(multi.storium().indexes().get(0).name()).isEqualTo("pairs_left_id_right_id_unique");
        assertThat(USERS.getIndexes()).extracting(i -> i.getName()).hasSize(3);
        assertThat(USERS.getUniqueKeys()).extracting(k -> k.getName()).containsExactly("users_email_unique");
    }

    @Test
    void foreignKeysAreNamedAndCarryTheirActions() {
        assertThat(POSTS.storium().foreignKeys())
                .extracting(
                        ForeignKeyMeta::name,
                        ForeignKeyMeta::refTable,
                        f -> f.refDbColumns().get(0),
                        ForeignKeyMeta::onDelete,
                        ForeignKeyMeta::onUpdate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "posts_author_id_users_id_fk", "users", "id", FkAction.CASCADE, FkAction.NO_ACTION),
                        org.assertj.core.groups.Tuple.tuple(
                                "posts_editor_email_users_email_fk",
                                "users",
                                "email",
                                FkAction.SET_NULL,
                                FkAction.NO_ACTION),
                        org.assertj.core.groups.Tuple.tuple(
                                "posts_parent_id_posts_id_fk", "posts", "id", FkAction.NO_ACTION, FkAction.NO_ACTION));
        assertThat(POSTS.getReferences()).hasSize(3);
        assertThat(POSTS.getReferences().get(0).getKey().getTable()).isSameAs(USERS);
        assertThat(POSTS.getReferences().get(2).getKey().getTable()).isSameAs(POSTS);
    }

    @Test
    void accessAndRenameHintsReachTheMetadata() {
        TableMeta posts = POSTS.storium();
        assertThat(posts.renamedFrom()).isEqualTo("articles");
        assertThat(posts.column("body").orElseThrow().hidden()).isTrue();
        assertThat(posts.column("title").orElseThrow().readonly()).isTrue();
        assertThat(posts.column("body").orElseThrow().transform().apply("  hi "))
                .isEqualTo("hi");
    }

    @Test
    void validatorIsStoredAndCanRunNamedAssertions() {
        TableDef t = Schema.defineTable("people")
                .columns(Schema.column("email", ColumnType.VARCHAR)
                        .validate((value, test) -> test.check(value, "is_email")));
        List<String> ran = new ArrayList<>();
        Check recorder = new Check() {
            @Override
            public void check(Object value, String assertion) {
                ran.add(assertion + ":" + value);
            }

            @Override
            public void check(Object value, String assertion, String message) {
                ran.add(assertion + ":" + value + ":" + message);
            }

            @Override
            public void require(boolean condition, String message) {
                ran.add(condition + ":" + message);
            }
        };
        t.storium().column("email").orElseThrow().validator().validate("a@b.c", recorder);
        assertThat(ran).containsExactly("is_email:a@b.c");
    }

    @Test
    void chainMethodsReturnNewDefinitions() {
        TableDef base = Schema.defineTable("notes").columns(Schema.column("id", ColumnType.SERIAL));
        TableDef plain = base.timestamps(false);
        assertThat(plain).isNotSameAs(base);
        assertThat(base.storium().timestamps()).isTrue();
        assertThat(base.fields()).hasSize(3);
        assertThat(plain.fields()).hasSize(1);
    }

    @Test
    void fieldsHaveSensibleJooqTypes() {
        assertThat(USERS.column("id").getDataType().getSQLDataType()).isEqualTo(SQLDataType.UUID);
        assertThat(USERS.column("email").getDataType().length()).isEqualTo(255);
        assertThat(USERS.column("email").getDataType().nullable()).isFalse();
        assertThat(USERS.column("score", BigDecimal.class).getDataType().precision())
                .isEqualTo(10);
        assertThat(USERS.column("score").getDataType().scale()).isEqualTo(2);
        assertThat(USERS.column("tags").getType()).isEqualTo(String[].class);
        assertThat(POSTS.column("id").getDataType().identity()).isTrue();
        assertThat(POSTS.column("createdAt", OffsetDateTime.class).getName()).isEqualTo("created_at");
        assertThat(POSTS.getIdentity()).isNotNull();
        assertThatThrownBy(() -> USERS.column("score", Integer.class))
                .isInstanceOf(StoriumException.class)
                .hasMessage("Column score of table users holds java.math.BigDecimal, not java.lang.Integer."
                        + " Fix: ask for BigDecimal.class.");
        assertThatThrownBy(() -> USERS.column("nope"))
                .hasMessage("Table users has no column with key nope; its keys are id, email, fullName, score, tags,"
                        + " bio, slug, active. Fix: use one of those keys.");
    }

    @Test
    void longGeneratedNamesAreShortenedDeterministically() {
        String longKey = "aVeryLongColumnNameThatGoesOnAndOnForever";
        TableDef t = Schema.defineTable("a_table_with_quite_a_long_name")
                .columns(Schema.column(longKey, ColumnType.TEXT))
                .indexes(Schema.index(longKey));
        String name = t.storium().indexes().get(0).name();
        assertThat(name).hasSize(63).startsWith("a_table_with_quite_a_long_name_a_very_long_column_name_");
        assertThat(name).matches(".*_[0-9a-f]{8}");
        assertThat(Names.fit("x".repeat(100))).isEqualTo(Names.fit("x".repeat(100)));
        assertThat(Names.fit("x".repeat(100))).isNotEqualTo(Names.fit("x".repeat(101)));
    }

    @Test
    void theColumnsOfTheTablesPrimaryKeyCallKeepTheirOwnFlagsAsInTheOriginal() {
        TableDef memberships = Schema.defineTable("memberships")
                .columns(
                        Schema.column("userId", ColumnType.UUID).required(),
                        Schema.column("groupId", ColumnType.INTEGER),
                        Schema.column("role", ColumnType.VARCHAR))
                .primaryKey("userId", "groupId")
                .timestamps(false);
        ColumnMeta userId = memberships.storium().column("userId").orElseThrow();
        assertThat(userId.primaryKey()).isTrue();
        assertThat(userId.notNull())
                .as("a key column is NOT NULL in the database")
                .isTrue();
        assertThat(userId.required()).isTrue();
        assertThat(userId.readonly()).isFalse();
        assertThat(memberships.storium().column("groupId").orElseThrow().readonly())
                .isFalse();

        // a column marked .primaryKey(), or the implicit id, stays readonly
        TableDef flagged = Schema.defineTable("t")
                .columns(
                        Schema.column("code", ColumnType.VARCHAR).primaryKey(), Schema.column("name", ColumnType.TEXT));
        assertThat(flagged.storium().column("code").orElseThrow().readonly()).isTrue();
        TableDef implicit = Schema.defineTable("t").columns(Schema.column("id", ColumnType.SERIAL));
        assertThat(implicit.storium().column("id").orElseThrow().readonly()).isTrue();
        assertThatThrownBy(() -> Schema.defineTable("t")
                        .columns(Schema.column("id", ColumnType.UUID)
                                .primaryKey()
                                .required()))
                .hasMessageContaining("(a primary-key column is always readonly)");
    }
}
