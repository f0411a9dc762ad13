package dev.storium.constructs;

import static dev.storium.schema.ColumnType.BOOLEAN;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.defineView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.GenerateOptions;
import dev.storium.options.PushOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.PushResult;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import dev.storium.schema.ViewDef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Views on every dialect, over tables that hold rows: created after their tables (a view on a view after the view it
 * reads), re-created when their query changes, dropped and created again around a change of a table they read,
 * dropped; each version migrated, selected from, and read back from the catalog as the code wrote it, however the
 * database rewrites the query.
 */
class ViewTest {
    @TempDir
    Path project;

    private static TableDef users(ColumnDef email) {
        return defineTable("users")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        email,
                        column("active", BOOLEAN).notNull().defaultValue(true))
                .timestamps(false);
    }

    private static final TableDef ORDERS = defineTable("orders")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("userId", INTEGER).notNull(),
                    column("total", NUMERIC).precision(10, 2).notNull())
            .timestamps(false);

    private static SchemaDefinition schema(TableDef users, ViewDef... views) {
        return SchemaDefinition.of(List.of(users, ORDERS), List.of(views));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void viewsAreCreatedChangedKeptAcrossTableChangesAndDroppedOnTablesWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "views", project)) {
            TableDef users = users(column("email", VARCHAR).maxLength(100).notNull());
            ViewDef active = defineView("active_users")
                    .as("SELECT id, email FROM users WHERE active")
                    .dependsOn(users);
            ViewDef emails = defineView("active_emails")
                    .as("SELECT email FROM active_users")
                    .dependsOn(active);
            ViewDef totals = defineView("user_totals")
                    .as("SELECT u.email, SUM(o.total) AS total FROM users u JOIN orders o ON o.user_id = u.id"
                            + " GROUP BY u.email")
                    .dependsOn(users, ORDERS);
            String create = db.step("v1 create views", schema(users, emails, active, totals), false);
            assertThat(create.indexOf("CREATE VIEW " + db.q("active_users")))
                    .as("a view on a view follows the view it reads")
                    .isGreaterThan(create.indexOf("CREATE TABLE " + db.q("users")))
                    .isLessThan(create.indexOf("CREATE VIEW " + db.q("active_emails")));
            db.execute(
                    "INSERT INTO " + db.q("users") + " (" + db.q("email") + ", " + db.q("active")
                            + ") VALUES ('ada@x', ?), ('bob@x', ?), ('cy@y', ?)",
                    true,
                    false,
                    true);
            db.execute(
                    "INSERT INTO " + db.q("orders") + " (" + db.q("user_id") + ", " + db.q("total")
                            + ") VALUES (1, ?), (1, ?), (2, ?)",
                    new BigDecimal("1.50"),
                    new BigDecimal("2.00"),
                    new BigDecimal("9.00"));
            assertThat(emails(db, "active_emails")).containsExactly("ada@x", "cy@y");
            assertThat(db.strings("SELECT " + db.q("email") + " FROM " + db.q("user_totals") + " ORDER BY 1"))
                    .containsExactly("ada@x", "bob@x");

            ViewDef changed = defineView("active_users")
                    .as("SELECT id, email FROM users WHERE active AND email LIKE '%@x'")
                    .dependsOn(users);
            emails = defineView("active_emails")
                    .as("SELECT email FROM active_users")
                    .dependsOn(changed);
            String change = db.step("v2 change a query", schema(users, emails, changed, totals), false);
            assertThat(change)
                    .as("the view on the changed view is dropped first and created again after it")
                    .containsSubsequence(
                            "DROP VIEW " + db.q("active_emails"),
                            "DROP VIEW " + db.q("active_users"),
                            "CREATE VIEW " + db.q("active_users"),
                            "CREATE VIEW " + db.q("active_emails"))
                    .doesNotContain("user_totals");
            assertThat(emails(db, "active_emails")).containsExactly("ada@x");

            TableDef wider = users(column("email", VARCHAR).maxLength(200).notNull());
            String widen = db.step("v3 alter a column the views read", schema(wider, emails, changed, totals), false);
            assertThat(widen)
                    .as("every view that reads users is dropped before the column changes and created after")
                    .containsSubsequence(
                            "DROP VIEW " + db.q("active_emails"),
                            "DROP VIEW " + db.q("active_users"),
                            "email",
                            "CREATE VIEW " + db.q("active_users"),
                            "CREATE VIEW " + db.q("active_emails"))
                    .contains("DROP VIEW " + db.q("user_totals"), "CREATE VIEW " + db.q("user_totals"));
            assertThat(emails(db, "active_emails")).containsExactly("ada@x");

            TableDef renamed =
                    users(column("mail", VARCHAR).maxLength(200).notNull().renamedFrom("email"));
            ViewDef onMail = defineView("active_users")
                    .as("SELECT id, mail FROM users WHERE active AND mail LIKE '%@x'")
                    .dependsOn(renamed);
            db.step("v4 rename the column a view reads", schema(renamed, onMail), true);
            assertThat(db.strings("SELECT " + db.q("mail") + " FROM " + db.q("active_users") + " ORDER BY 1"))
                    .containsExactly("ada@x");
            assertThat(db.strings("SELECT " + db.q("mail") + " FROM " + db.q("users") + " ORDER BY 1"))
                    .as("the rows are kept")
                    .containsExactly("ada@x", "bob@x", "cy@y");

            String drop = db.step("v5 drop the last view", schema(renamed), false);
            assertThat(drop.strip()).isEqualTo("DROP VIEW " + db.q("active_users") + ";");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aViewDroppedChangedOrAddedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "view_drift", project)) {
            TableDef users = users(column("email", VARCHAR).maxLength(100).notNull());
            ViewDef active = defineView("active_users")
                    .as("SELECT id, email FROM users WHERE active")
                    .dependsOn(users);
            SchemaDefinition schema = schema(users, active);
            db.step("v1", schema, false);
            db.execute("INSERT INTO " + db.q("users") + " (" + db.q("email") + ") VALUES ('ada@x')");

            db.execute("DROP VIEW " + db.q("active_users"));
            assertThat(db.drift(schema)).singleElement().isInstanceOf(SchemaChange.CreateView.class);
            push(db, schema);
            assertThat(emails(db, "active_users")).containsExactly("ada@x");

            db.execute("DROP VIEW " + db.q("active_users"));
            db.execute("CREATE VIEW " + db.q("active_users") + " AS SELECT " + db.q("id") + ", " + db.q("email")
                    + " FROM " + db.q("users"));
            assertThat(db.drift(schema))
                    .extracting(SchemaChange::describe)
                    .containsExactly("drop view active_users", "create view active_users");
            push(db, schema);

            db.execute("CREATE VIEW " + db.q("by_hand") + " AS SELECT " + db.q("id") + " FROM " + db.q("users"));
            assertThat(db.drift(schema)).extracting(SchemaChange::describe).containsExactly("drop view by_hand");
            push(db, schema);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL"})
    void materializedViewsAreCreatedChangedAndKeptAcrossTableChangesOnPostgresql(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "matviews", project)) {
            TableDef users = users(column("email", VARCHAR).maxLength(100).notNull());
            ViewDef totals = defineView("order_totals")
                    .as("SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id")
                    .dependsOn(ORDERS)
                    .materialized();
            String create = db.step("v1", schema(users, totals), false);
            assertThat(create).contains("CREATE MATERIALIZED VIEW \"order_totals\" AS SELECT");
            db.execute("INSERT INTO \"orders\" (\"user_id\", \"total\") VALUES (1, 1.50), (1, 2.00), (2, 9)");
            db.execute("REFRESH MATERIALIZED VIEW \"order_totals\"");
            assertThat(db.strings("SELECT \"total\" FROM \"order_totals\" ORDER BY \"user_id\""))
                    .containsExactly("3.50", "9.00");

            ViewDef big = defineView("order_totals")
                    .as("SELECT user_id, SUM(total) AS total FROM orders WHERE total > 2 GROUP BY user_id")
                    .dependsOn(ORDERS)
                    .materialized();
            String change = db.step("v2 change the query", schema(users, big), false);
            assertThat(change)
                    .containsSubsequence(
                            "DROP MATERIALIZED VIEW \"order_totals\"", "CREATE MATERIALIZED VIEW \"order_totals\"");
            assertThat(db.strings("SELECT \"total\" FROM \"order_totals\" ORDER BY \"user_id\""))
                    .as("created again with its rows")
                    .containsExactly("9.00");

            TableDef orders = defineTable("orders")
                    .columns(
                            column("id", SERIAL).primaryKey(),
                            column("userId", INTEGER).notNull(),
                            column("total", NUMERIC).precision(12, 2).notNull())
                    .timestamps(false);
            String widen = db.step(
                    "v3 alter the column it reads",
                    SchemaDefinition.of(List.of(users, orders), List.of(big.dependsOn(orders))),
                    false);
            assertThat(widen)
                    .containsSubsequence(
                            "DROP MATERIALIZED VIEW \"order_totals\"",
                            "ALTER TABLE \"orders\"",
                            "CREATE MATERIALIZED VIEW \"order_totals\"");

            db.execute("DROP MATERIALIZED VIEW \"order_totals\"");
            db.execute("CREATE VIEW \"order_totals\" AS SELECT 1 AS \"total\"");
            SchemaDefinition code = SchemaDefinition.of(List.of(users, orders), List.of(big));
            assertThat(db.drift(code))
                    .extracting(SchemaChange::describe)
                    .containsExactly("drop view order_totals", "create materialized view order_totals");
            push(db, code);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL", "SQLITE", "MEMORY"})
    void aMaterializedViewIsRefusedWhereTheDatabaseHasNone(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "matview_refused", project)) {
            TableDef users = users(column("email", VARCHAR).maxLength(100).notNull());
            ViewDef totals = defineView("user_emails")
                    .as("SELECT email FROM users")
                    .dependsOn(users)
                    .materialized();
            GenerateResult generated = Storium.generate(db.config(), schema(users, totals), GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message())
                    .contains("View user_emails is materialized, but ")
                    .contains("has no materialized views (only postgresql has)")
                    .contains("Remove materialized() from the view");
            assertThatThrownBy(() -> Push.run(db.config(), schema(users, totals), PushOptions.DEFAULTS))
                    .isInstanceOfSatisfying(
                            StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
                    .hasMessageContaining("View user_emails is materialized");
            assertThat(db.drift(SchemaDefinition.of(List.of())))
                    .as("push refused before it changed anything: the database is still empty")
                    .isEmpty();
        }
    }

    private static List<String> emails(Evolution db, String view) throws Exception {
        return db.strings("SELECT " + db.q("email") + " FROM " + db.q(view) + " ORDER BY 1");
    }

    private static void push(Evolution db, SchemaDefinition schema) throws Exception {
        PushResult push = Push.run(db.config(), schema, PushOptions.DEFAULTS);
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        db.assertInSync("after push", schema);
    }
}
