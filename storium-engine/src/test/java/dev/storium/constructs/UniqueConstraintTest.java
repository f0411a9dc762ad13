package dev.storium.constructs;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.foreignKey;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.IndexDef;
import dev.storium.schema.TableDef;
import dev.storium.schema.UniqueDef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Unique constraints ({@code unique(...)} in {@code uniques(...)}) on every dialect, on tables that hold rows: created
 * with the table and added to it, changed, dropped, turned into a unique index, and referenced by a foreign key; each
 * version migrated, enforced by the database, and read back as a constraint (on PostgreSQL from {@code pg_constraint},
 * its backing index not read twice; on SQLite from the table's SQL).
 */
class UniqueConstraintTest {
    @TempDir
    Path project;

    private static TableDef members(List<IndexDef> indexes, UniqueDef... uniques) {
        return defineTable("members")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("email", VARCHAR).maxLength(100).notNull(),
                        column("code", VARCHAR).maxLength(20).notNull(),
                        column("team", VARCHAR).maxLength(20).notNull())
                .timestamps(false)
                .indexes(indexes.toArray(new IndexDef[0]))
                .uniques(uniques);
    }

    private static TableDef badges() {
        return defineTable("badges")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("memberCode", VARCHAR).maxLength(20).notNull(),
                        column("label", VARCHAR).maxLength(20).notNull())
                .timestamps(false)
                .foreignKeys(foreignKey("memberCode").references("members", "code"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void uniqueConstraintsAreAddedChangedDroppedAndReferencedOnTablesWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "uniques", project)) {
            String create =
                    db.step("v1 create with a unique constraint", List.of(members(List.of(), unique("email"))), false);
            assertThat(create)
                    .contains("CONSTRAINT " + db.q("members_email_unique") + " UNIQUE (" + db.q("email") + ")");
            insert(db, "ada@example.com", "ada", "red");
            insert(db, "bob@example.com", "bob", "red");
            assertRefused(db, "ada@example.com", "ada2", "blue");

            String added = db.step(
                    "v2 add constraints, one referenced by a new table's foreign key",
                    List.of(
                            members(
                                    List.of(),
                                    unique("email"),
                                    unique("code").name("members_code_key"),
                                    unique("team", "code").name("members_team_code_key")),
                            badges()),
                    false);
            if (dialect == Dialect.SQLITE) {
                assertThat(added).contains("CONSTRAINT \"members_code_key\" UNIQUE (\"code\")");
            } else {
                assertThat(added)
                        .contains("ADD CONSTRAINT " + db.q("members_code_key") + " UNIQUE (" + db.q("code") + ")");
            }
            assertRefused(db, "cy@example.com", "ada", "green");
            db.execute("INSERT INTO " + db.q("badges") + " (" + db.q("member_code") + ", " + db.q("label")
                    + ") VALUES ('ada', 'first')");
            assertThatThrownBy(() -> db.execute("INSERT INTO " + db.q("badges") + " (" + db.q("member_code") + ", "
                            + db.q("label") + ") VALUES ('nobody', 'x')"))
                    .isInstanceOf(SQLException.class);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(db.strings("select conname from pg_constraint where contype = 'u'"
                                + " and conrelid = 'members'::regclass order by conname"))
                        .containsExactly("members_code_key", "members_email_unique", "members_team_code_key");
            }

            String changed = db.step(
                    "v3 change a constraint's columns",
                    List.of(
                            members(
                                    List.of(),
                                    unique("email"),
                                    unique("code").name("members_code_key"),
                                    unique("code", "team").name("members_team_code_key")),
                            badges()),
                    false);
            assertThat(changed).contains("members_team_code_key");
            assertThat(changed).doesNotContain("DROP CONSTRAINT " + db.q("members_code_key"));

            db.step(
                    "v4 drop a constraint",
                    List.of(
                            members(
                                    List.of(),
                                    unique("code").name("members_code_key"),
                                    unique("code", "team").name("members_team_code_key")),
                            badges()),
                    false);
            insert(db, "cy@example.com", "cy", "blue");
            insert(db, "cy@example.com", "cy2", "blue"); // the email is no longer unique
            db.execute("DELETE FROM " + db.q("members") + " WHERE " + db.q("code") + " = 'cy2'");

            db.step(
                    "v5 the email as a unique index instead",
                    List.of(
                            members(
                                    List.of(index("email").unique()),
                                    unique("code").name("members_code_key"),
                                    unique("code", "team").name("members_team_code_key")),
                            badges()),
                    false);
            assertRefused(db, "cy@example.com", "cy3", "blue");
            assertThat(db.strings("SELECT " + db.q("code") + " FROM " + db.q("members") + " ORDER BY " + db.q("id")))
                    .containsExactly("ada", "bob", "cy");
            assertThat(db.strings("SELECT " + db.q("label") + " FROM " + db.q("badges")))
                    .containsExactly("first");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite cannot drop a constraint but by rebuilding the table
    void aUniqueConstraintDroppedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "unique_drift", project)) {
            List<TableDef> tables = List.of(members(List.of(), unique("email")));
            db.step("v1", tables, false);
            insert(db, "ada@example.com", "ada", "red");

            db.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE `members` DROP INDEX `members_email_unique`"
                            : "ALTER TABLE " + db.q("members") + " DROP CONSTRAINT " + db.q("members_email_unique"));
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .containsExactly("add unique constraint members_email_unique on members");
            push(db, tables);
            assertRefused(db, "ada@example.com", "ada2", "blue");

            // a unique index of the same name in its place is no drift where the database keeps both alike
            db.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE `members` DROP INDEX `members_email_unique`"
                            : "ALTER TABLE " + db.q("members") + " DROP CONSTRAINT " + db.q("members_email_unique"));
            db.execute("CREATE UNIQUE INDEX " + db.q("members_email_unique") + " ON " + db.q("members") + " ("
                    + db.q("email") + ")");
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(db.drift(tables))
                        .extracting(SchemaChange::describe)
                        .containsExactly(
                                "drop index members_email_unique on members",
                                "add unique constraint members_email_unique on members");
                push(db, tables);
            } else {
                // MySQL keeps a unique constraint as a unique index; H2 holds an ascending unique index as the
                // constraint Storium writes for it, and its catalog reads the two alike
                assertThat(db.drift(tables)).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void onSqliteATableRebuiltByHandWithoutTheConstraintsNameIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "unique_drift_sqlite", project)) {
            List<TableDef> tables = List.of(members(List.of(), unique("email")));
            db.step("v1", tables, false);
            insert(db, "ada@example.com", "ada", "red");

            db.execute("CREATE TABLE \"by_hand\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " \"email\" varchar(100) NOT NULL, \"code\" varchar(20) NOT NULL, \"team\" varchar(20) NOT NULL,"
                    + " UNIQUE (\"email\"))");
            db.execute("INSERT INTO \"by_hand\" SELECT * FROM \"members\"");
            db.execute("DROP TABLE \"members\"");
            db.execute("ALTER TABLE \"by_hand\" RENAME TO \"members\"");
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .containsExactly(
                            "drop unique constraint sqlite_autoindex_members_1 on members",
                            "add unique constraint members_email_unique on members");
            push(db, tables);
            assertRefused(db, "ada@example.com", "ada2", "blue");
            assertThat(db.strings("SELECT " + db.q("code") + " FROM " + db.q("members")))
                    .containsExactly("ada");
        }
    }

    private static void push(Evolution db, List<TableDef> tables) throws Exception {
        PushResult push = Push.run(db.config(), tables, PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        db.assertInSync("after push", tables);
    }

    private static void insert(Evolution db, String email, String code, String team) throws SQLException {
        db.execute(
                "INSERT INTO " + db.q("members") + " (" + db.q("email") + ", " + db.q("code") + ", " + db.q("team")
                        + ") VALUES (?, ?, ?)",
                email,
                code,
                team);
    }

    private static void assertRefused(Evolution db, String email, String code, String team) {
        assertThatThrownBy(() -> insert(db, email, code, team)).isInstanceOf(SQLException.class);
    }
}
