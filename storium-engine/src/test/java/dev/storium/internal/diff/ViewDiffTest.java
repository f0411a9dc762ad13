package dev.storium.internal.diff;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.SchemaModel;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewDiffTest {
    private static TableDef users(int length, boolean indexed) {
        TableDef users = defineTable("users")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("email", VARCHAR).maxLength(length))
                .timestamps(false);
        return indexed ? users.indexes(index("email")) : users;
    }

    private static final TableDef ORDERS = defineTable("orders")
            .columns(column("id", SERIAL).primaryKey(), column("userId", INTEGER))
            .timestamps(false);

    private static SchemaModel model(TableDef users, ViewDef... views) {
        return Models.fromDefinitions(SchemaDefinition.of(List.of(users, ORDERS), List.of(views)), Dialect.POSTGRESQL);
    }

    /** Reads users without declaring it: found in the query, quoted or not. */
    private static ViewDef emails() {
        return defineView("emails").as("SELECT \"email\" FROM \"USERS\"");
    }

    private static ViewDef counts() {
        return defineView("counts").as("SELECT COUNT(*) AS n FROM emails");
    }

    private static List<String> described(SchemaModel before, SchemaModel after) {
        return Differ.diff(before, after).stream().map(SchemaChange::describe).toList();
    }

    @Test
    void viewsAreCreatedAfterTheTablesTheyReadAndAViewAfterTheViewItReads() {
        assertThat(described(SchemaModel.empty(), model(users(100, false), counts(), emails())))
                .containsExactly(
                        "create table orders", "create table users", "create view emails", "create view counts");
    }

    @Test
    void aTableChangeDropsTheViewsThatReadItDependentsFirstAndCreatesThemAgainAfter() {
        List<String> changes =
                described(model(users(100, false), counts(), emails()), model(users(200, false), counts(), emails()));

        assertThat(changes)
                .containsExactly(
                        "drop view counts",
                        "drop view emails",
                        "alter column users.email",
                        "create view emails",
                        "create view counts");
        List<SchemaChange> list =
                Differ.diff(model(users(100, false), counts(), emails()), model(users(200, false), counts(), emails()));
        assertThat(MigrationNames.derive(list)).isEqualTo("alter_users_email");
    }

    @Test
    void anIndexOrAnUnrelatedTableLeavesTheViewsInPlace() {
        assertThat(described(model(users(100, false), emails()), model(users(100, true), emails())))
                .containsExactly("create index users_email_idx on users");
        assertThat(described(
                        model(users(100, false), defineView("o").as("SELECT id FROM orders")),
                        model(users(200, false), defineView("o").as("SELECT id FROM orders"))))
                .containsExactly("alter column users.email");
    }

    @Test
    void aChangedQueryDropsAndCreatesTheViewAndThoseThatReadIt() {
        ViewDef changed = defineView("emails").as("SELECT email FROM users WHERE email IS NOT NULL");
        List<SchemaChange> changes =
                Differ.diff(model(users(100, false), counts(), emails()), model(users(100, false), counts(), changed));

        assertThat(changes.stream().map(SchemaChange::describe))
                .containsExactly("drop view counts", "drop view emails", "create view emails", "create view counts");
        assertThat(changes).noneMatch(SchemaChange::losesData);
        assertThat(MigrationNames.derive(changes)).isEqualTo("alter_view_emails");
        assertThat(MigrationNames.derive(Differ.diff(model(users(100, false)), model(users(100, false), emails()))))
                .isEqualTo("create_view_emails");
        assertThat(MigrationNames.derive(Differ.diff(model(users(100, false), emails()), model(users(100, false)))))
                .isEqualTo("drop_view_emails");
    }

    @Test
    void theNamesOfAQueryAreItsWordsAndQuotedNamesButNotItsStrings() {
        assertThat(ViewDiff.words("SELECT u.\"e mail\", `x` FROM users u WHERE note = 'orders'"))
                .containsExactly("SELECT", "u", "e mail", "x", "FROM", "users", "u", "WHERE", "note");
    }
}
