package dev.storium.internal.diff;

import static dev.storium.internal.diff.Schemas.col;
import static dev.storium.internal.diff.Schemas.fk;
import static dev.storium.internal.diff.Schemas.id;
import static dev.storium.internal.diff.Schemas.index;
import static dev.storium.internal.diff.Schemas.notNull;
import static dev.storium.internal.diff.Schemas.renamedFrom;
import static dev.storium.internal.diff.Schemas.schema;
import static dev.storium.internal.diff.Schemas.table;
import static dev.storium.internal.diff.Schemas.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamesTest {

    private static final Table USERS = users(varchar("name", 100));
    private static final Table POSTS = posts(FkAction.NO_ACTION);

    private static Table users(Column... extra) {
        return table("users")
                .columns(id(), notNull(varchar("email", 255)))
                .columns(extra)
                .build();
    }

    private static Table posts(FkAction onDelete) {
        return table("posts")
                .columns(id(), col("author_id", ColumnType.INTEGER))
                .indexes(index("posts_author_id_idx", false, "author_id"))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id", onDelete))
                .build();
    }

    private static String name(SchemaModel previous, SchemaModel next) {
        return MigrationNames.derive(Differ.diff(previous, next));
    }

    @Test
    void namesTableCreatesAndDrops() {
        assertThat(name(SchemaModel.empty(), schema(USERS))).isEqualTo("create_users");
        assertThat(name(SchemaModel.empty(), schema(USERS, POSTS))).isEqualTo("create_users_posts");
        assertThat(name(
                        SchemaModel.empty(),
                        schema(USERS, POSTS, table("tags").columns(id()).build())))
                .isEqualTo("create_tags_users_and_more");
        assertThat(name(schema(USERS, POSTS), schema(USERS))).isEqualTo("drop_posts");
    }

    @Test
    void namesColumnChanges() {
        assertThat(name(schema(USERS), schema(users(varchar("name", 100), col("bio", ColumnType.TEXT)))))
                .isEqualTo("add_users_bio");
        assertThat(name(schema(users(varchar("name", 100), col("bio", ColumnType.TEXT))), schema(USERS)))
                .isEqualTo("drop_users_bio");
        assertThat(name(schema(USERS), schema(users(renamedFrom(varchar("full_name", 100), "name")))))
                .isEqualTo("rename_users_name_to_full_name");
        assertThat(name(schema(USERS), schema(users(notNull(varchar("name", 100))))))
                .isEqualTo("alter_users_name");
        assertThat(name(schema(USERS), schema(users(col("bio", ColumnType.TEXT)))))
                .isEqualTo("add_users_bio_and_drop_users_name");
        assertThat(name(schema(USERS), schema(users(col("bio", ColumnType.TEXT), col("age", ColumnType.INTEGER)))))
                .isEqualTo("add_users_bio_and_more");
    }

    @Test
    void namesTableRenamesAndKeyChanges() {
        Table people = table("people")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .renamedFrom("users")
                .build();
        Table keyed = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .pk("id", "email")
                .build();

        assertThat(name(schema(USERS), schema(people))).isEqualTo("rename_users_to_people");
        assertThat(name(schema(USERS), schema(keyed))).isEqualTo("alter_users_primary_key");
    }

    @Test
    void namesIndexAndForeignKeyChanges() {
        Table unique = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();
        Table notUnique = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", false, "email"))
                .build();
        Table unlinked = table("posts")
                .columns(id(), col("author_id", ColumnType.INTEGER))
                .build();

        assertThat(name(schema(USERS), schema(unique))).isEqualTo("add_users_email_unique");
        assertThat(name(schema(unique), schema(USERS))).isEqualTo("drop_users_email_unique");
        assertThat(name(schema(unique), schema(notUnique))).isEqualTo("alter_users_email_index");
        assertThat(name(schema(USERS, POSTS), schema(USERS, posts(FkAction.CASCADE))))
                .isEqualTo("alter_posts_author_id_fk");
        assertThat(name(schema(USERS, POSTS), schema(USERS, unlinked)))
                .isEqualTo("drop_posts_author_id_fk_and_drop_posts_author_id_index");
        Table linked = table("posts")
                .columns(id(), col("author_id", ColumnType.INTEGER))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id"))
                .build();
        assertThat(name(schema(USERS, unlinked), schema(USERS, linked))).isEqualTo("add_posts_author_id_fk");
    }

    @Test
    void foreignKeysReAddedUnchangedDoNotCountAsChanges() {
        Table bigUsers = table("users")
                .columns(notNull(col("id", ColumnType.BIGINT)), notNull(varchar("email", 255)), varchar("name", 100))
                .build();

        assertThat(name(schema(USERS, POSTS), schema(bigUsers, POSTS))).isEqualTo("alter_users_id");
    }

    @Test
    void longNamesAreCutAtAWordWithinSixtyCharacters() {
        String longName = "a_table_with_a_very_long_name_that_goes_on_for_quite_a_while_more";
        Table first = table(longName).columns(id()).build();
        Table second = table("second").columns(id()).build();

        String single = name(SchemaModel.empty(), schema(first));
        String many = name(SchemaModel.empty(), schema(first, second));

        assertThat(single).isEqualTo("create_a_table_with_a_very_long_name_that_goes_on_for_quite");
        assertThat(many).isEqualTo("create_a_table_with_a_very_long_name_that_goes_on_and_more");
        assertThat(List.of(single, many)).allMatch(n -> n.length() <= 60 && n.matches("[a-z0-9_]+"));
    }

    @Test
    void noChangesMakeACustomMigration() {
        assertThat(MigrationNames.derive(List.of())).isEqualTo("custom");
    }

    @Test
    void sanitizesTheNameAUserGives() {
        assertThat(MigrationNames.sanitize("Add User Bio")).isEqualTo("add_user_bio");
        assertThat(MigrationNames.sanitize("  fix-the--thing  ")).isEqualTo("fix_the_thing");
        assertThat(MigrationNames.sanitize("v2.1: users/roles")).isEqualTo("v21_usersroles");
        assertThat(MigrationNames.sanitize("x".repeat(80))).hasSize(60);
    }

    @Test
    void refusesANameWithoutLettersOrDigits() {
        assertThatThrownBy(() -> MigrationNames.sanitize(" -- "))
                .isInstanceOfSatisfying(
                        StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessage("The migration name given with -Dstorium.name (\" -- \") has no letter or digit. Expected"
                        + " words of letters and digits, such as -Dstorium.name=add_user_bio, or leave it out to name"
                        + " the migration after its changes.");
    }
}
