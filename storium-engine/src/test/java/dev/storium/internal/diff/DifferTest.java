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
import static dev.storium.internal.diff.Schemas.withDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DifferTest {

    private static List<String> describe(SchemaModel previous, SchemaModel next) {
        return Differ.diff(previous, next).stream().map(SchemaChange::describe).collect(Collectors.toList());
    }

    private static Table users() {
        return table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();
    }

    private static Table posts() {
        return table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id", FkAction.CASCADE))
                .build();
    }

    @Test
    void checksAreDroppedBeforeTheColumnChangesAndRenamedOrAddedAfterThem() {
        Table before = table("items")
                .columns(id(), col("qty", ColumnType.INTEGER), col("price", ColumnType.INTEGER))
                .check("items_qty_check", "qty > 0")
                .check("items_price_check", "price > 0")
                .check("items_cheap", "price < 10")
                .check("items_old", "id > 0")
                .build();
        Table after = table("items")
                .columns(
                        id(), renamedFrom(col("quantity", ColumnType.INTEGER), "qty"), col("price", ColumnType.INTEGER))
                .check("items_quantity_check", "quantity > 0")
                .check("items_price_check", "price >= 0")
                .check("items_affordable", "price < 10")
                .check("items_new", "id < 1000")
                .build();

        assertThat(describe(schema(before), schema(after)))
                .containsExactly(
                        "drop check items_price_check on items",
                        "drop check items_qty_check on items",
                        "drop check items_old on items",
                        "rename column items.qty to quantity",
                        "rename check items_cheap on items to items_affordable",
                        "add check items_price_check on items",
                        "add check items_quantity_check on items",
                        "add check items_new on items");
        assertThat(describe(schema(after), schema(after))).isEmpty();
    }

    @Test
    void aCreatedTableCarriesItsChecks() {
        Table items = table("items").columns(id()).check("items_id", "id > 0").build();

        SchemaChange.CreateTable create = (SchemaChange.CreateTable)
                Differ.diff(SchemaModel.empty(), schema(items)).get(0);

        assertThat(create.definition().checks()).isEqualTo(items.checks());
    }

    @Test
    void sameModelsGiveNoChanges() {
        assertThat(Differ.diff(SchemaModel.empty(), SchemaModel.empty())).isEmpty();
        assertThat(Differ.diff(schema(users(), posts()), schema(users(), posts())))
                .isEmpty();
    }

    @Test
    void createsTablesParentsFirstWithIndexesAfterwards() {
        List<SchemaChange> changes = Differ.diff(SchemaModel.empty(), schema(users(), posts()));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly(
                        "create table users", "create table posts", "create unique index users_email_unique on users");
        SchemaChange.CreateTable createUsers = (SchemaChange.CreateTable) changes.get(0);
        assertThat(createUsers.definition().indexes()).isEmpty();
        assertThat(createUsers.definition().columns()).isEqualTo(users().columns());
        SchemaChange.CreateTable createPosts = (SchemaChange.CreateTable) changes.get(1);
        assertThat(createPosts.definition().foreignKeys()).isEqualTo(posts().foreignKeys());
    }

    @Test
    void dropsForeignKeysFirstAndChildTablesBeforeParents() {
        assertThat(describe(schema(users(), posts()), SchemaModel.empty()))
                .containsExactly(
                        "drop foreign key posts_author_id_fk on posts", "drop table posts", "drop table users");
    }

    @Test
    void dropsTheForeignKeyPointingAtADroppedTable() {
        Table postsWithoutKey = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .build();

        assertThat(describe(schema(users(), posts()), schema(postsWithoutKey)))
                .containsExactly("drop foreign key posts_author_id_fk on posts", "drop table users");
    }

    @Test
    void addsAltersAndDropsColumns() {
        Table next = table("users")
                .columns(id(), notNull(varchar("email", 320)), col("bio", ColumnType.TEXT))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        List<SchemaChange> changes = Differ.diff(schema(users()), schema(next));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly("add column users.bio", "alter column users.email", "drop column users.name");
        SchemaChange.AlterColumn alter = (SchemaChange.AlterColumn) changes.get(1);
        assertThat(alter.from()).isEqualTo(notNull(varchar("email", 255)));
        assertThat(alter.to()).isEqualTo(notNull(varchar("email", 320)));
        assertThat(alter.narrowing()).isFalse();
        assertThat(changes.get(2).losesData()).isTrue();
    }

    @Test
    void nullabilityAndDefaultChangesAreNotNarrowing() {
        Table next = table("users")
                .columns(id(), withDefault(varchar("email", 255), "x"), notNull(varchar("name", 100)))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        List<SchemaChange> changes = Differ.diff(schema(users()), schema(next));

        assertThat(changes).hasSize(2).allMatch(c -> c instanceof SchemaChange.AlterColumn && !c.losesData());
    }

    @Test
    void aShorterVarcharIsANarrowingAndItsIndexIsKept() {
        Table next = table("users")
                .columns(id(), notNull(varchar("email", 100)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        List<SchemaChange> changes = Differ.diff(schema(users()), schema(next));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).losesData()).isTrue();
        assertThat(changes.get(0).describe())
                .isEqualTo("alter column users.email (narrowing varchar(255) to varchar(100))");
    }

    @Test
    void anIndexOnAColumnWhoseTypeChangesIsDroppedAndCreatedAgain() {
        Table next = table("users")
                .columns(id(), notNull(col("email", ColumnType.TEXT)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        assertThat(describe(schema(users()), schema(next)))
                .containsExactly(
                        "drop index users_email_unique on users",
                        "alter column users.email",
                        "create unique index users_email_unique on users");
    }

    @Test
    void renamesATableByHintAndKeepsItsKeys() {
        Table people = table("people")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .renamedFrom("users")
                .build();
        Table postsToPeople = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .fks(fk("posts_author_id_fk", "author_id", "people", "id", FkAction.CASCADE))
                .build();

        assertThat(describe(schema(users(), posts()), schema(people, postsToPeople)))
                .containsExactly("rename table users to people");
        assertThat(describe(schema(people, postsToPeople), schema(people, postsToPeople)))
                .isEmpty();
    }

    @Test
    void withoutAHintARenamedTableIsADropAndACreate() {
        Table people = table("people")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .build();

        assertThat(describe(schema(users()), schema(people)))
                .containsExactly("create table people", "drop table users");
    }

    @Test
    void aHintWhoseOldTableNeverExistedMakesANewTable() {
        Table people = table("people").columns(id()).renamedFrom("humans").build();

        assertThat(describe(schema(users()), schema(users(), people))).containsExactly("create table people");
    }

    @Test
    void theOldNameOfARenamedTableCanBeTakenByANewTable() {
        Table people = table("people")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .renamedFrom("users")
                .build();
        Table newUsers = table("users").columns(id()).build();

        assertThat(describe(schema(users()), schema(people, newUsers)))
                .containsExactly("rename table users to people", "create table users");
    }

    @Test
    void twoTablesClaimingOneOldNameAreADefinitionError() {
        Table people = table("people").columns(id()).renamedFrom("users").build();
        Table persons = table("persons").columns(id()).renamedFrom("users").build();

        assertThatThrownBy(() -> Differ.diff(schema(users()), schema(people, persons)))
                .isInstanceOfSatisfying(
                        StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION))
                .hasMessage("Both table people and table persons declare renamedFrom(\"users\"), but users can only"
                        + " become one of them. Remove the renamedFrom hint from the table that is new.");
    }

    @Test
    void renamesAColumnByHintAndAltersItInTheSameStep() {
        Table next = table("users")
                .columns(id(), notNull(varchar("email", 255)), renamedFrom(varchar("full_name", 200), "name"))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        List<SchemaChange> changes = Differ.diff(schema(users()), schema(next));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly("rename column users.name to full_name", "alter column users.full_name");
        SchemaChange.AlterColumn alter = (SchemaChange.AlterColumn) changes.get(1);
        assertThat(alter.from()).isEqualTo(varchar("full_name", 100));
        assertThat(describe(schema(next), schema(next))).isEmpty();
    }

    @Test
    void withoutAHintARenamedColumnIsAnAddAndADrop() {
        Table next = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("full_name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();

        assertThat(describe(schema(users()), schema(next)))
                .containsExactly("add column users.full_name", "drop column users.name");
    }

    @Test
    void columnsRenameInsideARenamedTableAndKeysFollow() {
        Table accounts = table("accounts")
                .columns(
                        notNull(renamedFrom(col("account_id", ColumnType.INTEGER), "id")),
                        notNull(varchar("email", 255)),
                        varchar("name", 100))
                .pk("account_id")
                .indexes(index("users_email_unique", true, "email"))
                .renamedFrom("users")
                .build();
        Table postsToAccounts = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .fks(fk("posts_author_id_fk", "author_id", "accounts", "account_id", FkAction.CASCADE))
                .build();

        assertThat(describe(schema(users(), posts()), schema(accounts, postsToAccounts)))
                .containsExactly("rename table users to accounts", "rename column accounts.id to account_id");
    }

    @Test
    void aNewCycleIsClosedByAForeignKeyAddedAfterBothTables() {
        Table a = table("a")
                .columns(id(), col("b_id", ColumnType.INTEGER))
                .fks(fk("a_b_fk", "b_id", "b", "id"))
                .build();
        Table b = table("b")
                .columns(id(), col("a_id", ColumnType.INTEGER))
                .fks(fk("b_a_fk", "a_id", "a", "id"))
                .build();

        List<SchemaChange> changes = Differ.diff(SchemaModel.empty(), schema(a, b));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly("create table a", "create table b", "add foreign key a_b_fk on a");
        assertThat(((SchemaChange.CreateTable) changes.get(0)).definition().foreignKeys())
                .isEmpty();
        assertThat(((SchemaChange.CreateTable) changes.get(1)).definition().foreignKeys())
                .containsExactly(b.foreignKeys().get(0));
    }

    @Test
    void aSelfReferenceStaysInline() {
        Table tree = table("nodes")
                .columns(id(), col("parent_id", ColumnType.INTEGER))
                .fks(fk("nodes_parent_fk", "parent_id", "nodes", "id"))
                .build();

        List<SchemaChange> changes = Differ.diff(SchemaModel.empty(), schema(tree));

        assertThat(changes).hasSize(1);
        assertThat(((SchemaChange.CreateTable) changes.get(0)).definition().foreignKeys())
                .hasSize(1);
    }

    @Test
    void childrenAreCreatedAfterParentsWhateverTheirNames() {
        Table child = table("a_child")
                .columns(id(), col("parent_id", ColumnType.INTEGER))
                .fks(fk("a_child_parent_fk", "parent_id", "z_parent", "id"))
                .build();
        Table parent = table("z_parent").columns(id()).build();

        assertThat(describe(SchemaModel.empty(), schema(child, parent)))
                .containsExactly("create table z_parent", "create table a_child");
        assertThat(describe(schema(child, parent), SchemaModel.empty()))
                .containsExactly(
                        "drop foreign key a_child_parent_fk on a_child", "drop table a_child", "drop table z_parent");
    }

    @Test
    void aForeignKeyOnAUniqueIndexCreatedInTheSameMigrationIsAddedAfterTheIndex() {
        Table usersWithCode = table("users")
                .columns(
                        id(),
                        notNull(varchar("email", 255)),
                        varchar("name", 100),
                        notNull(withDefault(varchar("code", 10), "x")))
                .indexes(index("users_email_unique", true, "email"), index("users_code_unique", true, "code"))
                .build();
        Table invites = table("invites")
                .columns(id(), varchar("code", 10))
                .fks(fk("invites_code_fk", "code", "users", "code"))
                .build();

        assertThat(describe(schema(users()), schema(usersWithCode, invites)))
                .containsExactly(
                        "create table invites",
                        "add column users.code",
                        "create unique index users_code_unique on users",
                        "add foreign key invites_code_fk on invites");
    }

    @Test
    void aForeignKeyActionChangeIsADropAndAnAdd() {
        Table next = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id", FkAction.SET_NULL))
                .build();

        List<SchemaChange> changes = Differ.diff(schema(users(), posts()), schema(users(), next));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly(
                        "drop foreign key posts_author_id_fk on posts", "add foreign key posts_author_id_fk on posts");
        assertThat(((SchemaChange.AddForeignKey) changes.get(1)).foreignKey().onDelete())
                .isEqualTo(FkAction.SET_NULL);
    }

    @Test
    void aForeignKeyIsReAddedWhenAColumnOnEitherSideChangesType() {
        Table bigUsers = table("users")
                .columns(notNull(col("id", ColumnType.BIGINT)), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", true, "email"))
                .build();
        Table bigPosts = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.BIGINT)), col("body", ColumnType.TEXT))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id", FkAction.CASCADE))
                .build();

        assertThat(describe(schema(users(), posts()), schema(bigUsers, bigPosts)))
                .containsExactly(
                        "drop foreign key posts_author_id_fk on posts",
                        "alter column posts.author_id",
                        "alter column users.id",
                        "add foreign key posts_author_id_fk on posts");
    }

    @Test
    void addsAndDropsIndexesAndUniques() {
        Table next = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .indexes(index("users_email_unique", false, "email"), index("users_name_idx", false, "name"))
                .build();

        assertThat(describe(schema(users()), schema(next)))
                .containsExactly(
                        "drop index users_email_unique on users",
                        "create index users_email_unique on users",
                        "create index users_name_idx on users");
        assertThat(describe(schema(next), schema(users())))
                .containsExactly(
                        "drop index users_email_unique on users",
                        "drop index users_name_idx on users",
                        "create unique index users_email_unique on users");
    }

    @Test
    void compositePrimaryKeyChangesAreOrderedAroundColumnChanges() {
        Table before = table("members")
                .columns(
                        notNull(col("team_id", ColumnType.INTEGER)),
                        notNull(col("user_id", ColumnType.INTEGER)),
                        col("old_key", ColumnType.INTEGER))
                .pk("team_id", "old_key")
                .build();
        Table after = table("members")
                .columns(
                        notNull(col("team_id", ColumnType.INTEGER)),
                        notNull(col("user_id", ColumnType.INTEGER)),
                        notNull(withDefault(col("season", ColumnType.INTEGER), "1")))
                .pk("team_id", "user_id", "season")
                .build();

        List<SchemaChange> changes = Differ.diff(schema(before), schema(after));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly(
                        "add column members.season",
                        "change primary key of members from [team_id, old_key] to [team_id, user_id, season]",
                        "drop column members.old_key");
    }

    @Test
    void aForeignKeyOnAReplacedPrimaryKeyIsDroppedFirstAndAddedLast() {
        Table compositeUsers = table("users")
                .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
                .pk("id", "email")
                .indexes(index("users_email_unique", true, "email"), index("users_id_unique", true, "id"))
                .build();

        assertThat(describe(schema(users(), posts()), schema(compositeUsers, posts())))
                .containsExactly(
                        "drop foreign key posts_author_id_fk on posts",
                        "change primary key of users from [id] to [id, email]",
                        "create unique index users_id_unique on users",
                        "add foreign key posts_author_id_fk on posts");
    }

    @Test
    void droppingTheIndexAForeignKeyLeansOnDropsAndReAddsTheKey() {
        Table indexed = table("posts")
                .columns(id(), notNull(col("author_id", ColumnType.INTEGER)), col("body", ColumnType.TEXT))
                .indexes(index("posts_author_id_idx", false, "author_id", "body"))
                .fks(fk("posts_author_id_fk", "author_id", "users", "id", FkAction.CASCADE))
                .build();

        assertThat(describe(schema(users(), indexed), schema(users(), posts())))
                .containsExactly(
                        "drop foreign key posts_author_id_fk on posts",
                        "drop index posts_author_id_idx on posts",
                        "add foreign key posts_author_id_fk on posts");
        assertThat(describe(schema(users(), posts()), schema(users(), indexed)))
                .containsExactly("create index posts_author_id_idx on posts");
    }

    @Test
    void theResultIsTheSameEveryTime() {
        SchemaModel next = schema(
                users(),
                posts(),
                table("tags").columns(id(), varchar("label", 40)).build());

        assertThat(Differ.diff(SchemaModel.empty(), next)).isEqualTo(Differ.diff(SchemaModel.empty(), next));
    }
}
