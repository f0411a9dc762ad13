package dev.storium.constructs;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineEnum;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.push.Push;
import dev.storium.options.PushOptions;
import dev.storium.result.PushResult;
import dev.storium.schema.EnumDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An enum changed by hand in the database, on every dialect: a value added (PostgreSQL's {@code ADD VALUE}, MySQL's and
 * H2's column type, SQLite's check) or the list taken off a SQLite column is drift, which the diff that {@code
 * storium:check} reports names, and which push undoes, keeping the rows.
 */
class EnumDriftTest {
    private static final EnumDef STATUS = defineEnum("order_status", "draft", "paid", "shipped");
    private static final List<TableDef> TABLES = List.of(defineTable("orders")
            .columns(
                    column("id", SERIAL).primaryKey(),
                    column("status", STATUS).notNull().defaultValue("draft"))
            .timestamps(false)
            .indexes(index("status")));

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aValueAddedByHandIsDriftThatPushTakesAway(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "enum_drift", project)) {
            db.step("v1", TABLES, false);
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('paid')");

            addLostByHand(db);
            db.execute("INSERT INTO " + db.q("orders") + " (" + db.q("status") + ") VALUES ('shipped')");
            List<SchemaChange> drift = db.drift(TABLES);
            assertThat(drift)
                    .extracting(SchemaChange::describe)
                    .contains("alter column orders.status (narrowing enum order_status(draft, paid, shipped, lost) to"
                            + " enum order_status(draft, paid, shipped))");
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(drift).extracting(SchemaChange::describe).contains("alter enum order_status (remove lost)");
            }
            push(db);
            assertThat(db.strings("SELECT " + db.q("status") + " FROM " + db.q("orders") + " ORDER BY " + db.q("id")))
                    .containsExactly("paid", "shipped");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"SQLITE"})
    void aSqliteEnumColumnWhoseCheckIsTakenOffByHandIsDriftThatPushPutsBack(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "enum_drift", project)) {
            db.step("v1", TABLES, false);
            db.execute("INSERT INTO \"orders\" (\"status\") VALUES ('paid')");
            rebuildByHand(db, "");
            assertThat(db.drift(TABLES))
                    .extracting(SchemaChange::describe)
                    .contains("alter column orders.status (narrowing varchar(7) to enum order_status(draft,"
                            + " paid, shipped))");
            push(db);
            assertThat(db.strings("SELECT \"status\" FROM \"orders\"")).containsExactly("paid");
        }
    }

    private static void addLostByHand(Evolution db) throws Exception {
        switch (db.dialect()) {
            case POSTGRESQL:
                db.execute("ALTER TYPE \"order_status\" ADD VALUE 'lost'");
                break;
            case MYSQL:
                db.execute("ALTER TABLE `orders` MODIFY `status` enum('draft','paid','shipped','lost') NOT NULL"
                        + " DEFAULT 'draft'");
                break;
            case MEMORY:
                db.execute("ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DATA TYPE"
                        + " enum('draft','paid','shipped','lost')");
                break;
            default:
                rebuildByHand(
                        db,
                        ", CONSTRAINT \"orders_status_enum\" CHECK (\"status\" IN ('draft','paid','shipped','lost'))");
        }
    }

    /** SQLite changes a check only by a rebuild: the orders table made again by hand with {@code check} (or none). */
    private static void rebuildByHand(Evolution db, String check) throws Exception {
        db.execute("CREATE TABLE \"by_hand\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL,"
                + " \"status\" varchar(7) DEFAULT 'draft' NOT NULL" + check + ")");
        db.execute("INSERT INTO \"by_hand\" SELECT \"id\", \"status\" FROM \"orders\"");
        db.execute("DROP TABLE \"orders\"");
        db.execute("ALTER TABLE \"by_hand\" RENAME TO \"orders\"");
        db.execute("CREATE INDEX \"orders_status_idx\" ON \"orders\" (\"status\")");
    }

    /** Push, forced (taking a value away is a narrowing), brings the database back to the code. */
    private static void push(Evolution db) throws Exception {
        PushResult push = Push.run(db.config(), TABLES, new PushOptions(true, false));
        assertThat(push.success()).as(push.message()).isTrue();
        assertThat(push.statements()).isNotEmpty();
        db.assertInSync("after push", TABLES);
    }
}
