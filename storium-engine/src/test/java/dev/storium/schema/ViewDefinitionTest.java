package dev.storium.schema;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class ViewDefinitionTest {
    private static final TableDef USERS =
            defineTable("users").columns(column("id", SERIAL).primaryKey()).timestamps(false);

    private static void broken(ThrowingSupplier<?> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    private static View model(Dialect dialect, ViewDef... views) {
        return Models.fromDefinitions(SchemaDefinition.of(List.of(USERS), List.of(views)), dialect)
                .views()
                .values()
                .iterator()
                .next();
    }

    @Test
    void theModelTakesTheDialectsOwnQueryElseTheQueryForEveryDialect() {
        ViewDef view = defineView("ids")
                .as("  SELECT id FROM users \n")
                .as(Dialect.MYSQL, "SELECT `id` FROM `users`")
                .dependsOn(USERS)
                .dependsOn(USERS);

        assertThat(model(Dialect.POSTGRESQL, view))
                .isEqualTo(new View("ids", "SELECT id FROM users", List.of("users"), false));
        assertThat(model(Dialect.MYSQL, view).definition()).isEqualTo("SELECT `id` FROM `users`");
        assertThat(model(Dialect.POSTGRESQL, view.materialized()).materialized())
                .isTrue();
        assertThat(defineView("ids")
                        .as("WITH x AS (SELECT 1 AS n) SELECT n FROM x")
                        .storium()
                        .query(Dialect.SQLITE))
                .startsWith("WITH x AS");
    }

    @Test
    void aBadNameOrQueryIsRefusedWhereItIsWritten() {
        broken(
                () -> defineView("active users"),
                "View active users: the view name \"active users\" is not a valid name: expected 1 to 63 characters"
                        + " from A-Z, a-z, 0-9 and _. Fix: name the view using only letters, digits and underscores,"
                        + " such as defineView(\"active_users\").");
        broken(
                () -> defineView("v").as(" "),
                "View v: the query is empty. Fix: give the SELECT the view stands for, such as \"SELECT id FROM"
                        + " users\".");
        broken(
                () -> defineView("v").as("SELECT id FROM users;"),
                "View v: the query is not one SQL statement (a ';' ends it): SELECT id FROM users;. Fix: write one"
                        + " SELECT without a closing semicolon, such as \"SELECT id FROM users\".");
        broken(
                () -> defineView("v").as(Dialect.SQLITE, "SELECT (id FROM users"),
                "View v: the query for sqlite is not one SQL statement (a '(' is not closed): SELECT (id FROM users."
                        + " Fix: write one SELECT without a closing semicolon, such as \"SELECT id FROM users\".");
        broken(
                () -> defineView("v").as("CREATE VIEW v AS SELECT id FROM users"),
                "View v: the query does not start with SELECT or WITH: CREATE VIEW v AS SELECT id FROM users. Fix:"
                        + " give the query alone, without CREATE VIEW ... AS, such as \"SELECT id FROM users\".");
        broken(
                () -> defineView("v").as("SELECT 1").as("SELECT 2"),
                "View v: it is given two queries for every dialect. Fix: keep one .as(\"SELECT ...\").");
        broken(
                () -> defineView("v").as(Dialect.MYSQL, "SELECT 1").as(Dialect.MYSQL, "SELECT 2"),
                "View v: it is given two queries for mysql. Fix: keep one .as(Dialect.MYSQL, \"SELECT ...\").");
    }

    @Test
    void aDependencyMustBeAssignedAndNotTheViewItself() {
        broken(
                () -> defineView("v").as("SELECT 1").dependsOn((TableDef) null),
                "View v: dependsOn(...) is given null. Fix: declare the tables and views a view reads before the"
                        + " view (a field used before it is assigned reads null).");
        ViewDef v = defineView("v").as("SELECT 1");
        broken(
                () -> v.dependsOn(v),
                "View v: it depends on itself. Fix: name the tables and views it reads in dependsOn(...).");
        broken(
                () -> defineView("v").storium(),
                "View v: it has no query. Fix: give it one: defineView(\"v\").as(\"SELECT ...\").");
    }

    @Test
    void theSchemaRefusesAViewWithoutAQueryForItsDialectAnUnknownNameACircleOrAClash() {
        broken(
                () -> model(Dialect.SQLITE, defineView("v").as(Dialect.MYSQL, "SELECT 1")),
                "View v has no query for sqlite: it has one for mysql only. Fix: give it one with"
                        + " .as(Dialect.SQLITE, \"SELECT ...\"), or one for every dialect with .as(\"SELECT ...\").");
        TableDef elsewhere =
                defineTable("orders").columns(column("id", SERIAL).primaryKey()).timestamps(false);
        broken(
                () -> model(Dialect.SQLITE, defineView("v").as("SELECT 1").dependsOn(elsewhere)),
                "View v depends on orders, which is neither a table nor a view of the schema. Fix: include the class"
                        + " that defines orders in the schema setting, or take it out of dependsOn(...).");
        ViewDef a = defineView("a").as("SELECT 1");
        ViewDef b = defineView("b").as("SELECT 1").dependsOn(a);
        ViewDef aOnB = defineView("a").as("SELECT 1").dependsOn(b);
        broken(
                () -> model(Dialect.SQLITE, aOnB, b),
                "View a depends on itself through a -> b -> a; none of them could be created first. Fix: take one of"
                        + " them out of the other's dependsOn(...).");
        broken(
                () -> model(Dialect.SQLITE, defineView("users").as("SELECT 1")),
                "View users has the name of a table; tables and views share one namespace. Fix: give the view or"
                        + " the table another name.");
        broken(
                () -> model(Dialect.SQLITE, a, defineView("a").as("SELECT 2")),
                "View a is defined twice in the schema classes. Fix: keep one definition per view name, or give one"
                        + " of them another name.");
    }
}
