package dev.storium.constructs;

import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
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
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Custom column types on every dialect, on a table that holds rows: created with the table, added, changed (a data-loss
 * opt-in), changed in another dialect's text only (nothing to generate) and dropped; each version migrated and read back
 * from the catalog as the code wrote it, however the database spells the type ({@code int4} is {@code integer} on
 * PostgreSQL and H2, MySQL's {@code integer} is {@code int}).
 */
class CustomTypeTest {
    @TempDir
    Path project;

    /** A text search document: PostgreSQL tsvector, MySQL mediumtext, SQLite text without case, H2 varchar_ignorecase. */
    private static ColumnDef search() {
        return column("search", CUSTOM)
                .sqlType(Dialect.POSTGRESQL, "tsvector")
                .sqlType(Dialect.MYSQL, "mediumtext")
                .sqlType(Dialect.SQLITE, "text collate nocase")
                .sqlType(Dialect.MEMORY, "varchar_ignorecase(40)");
    }

    /** A whole number spelled other than the catalogs report it. */
    private static ColumnDef code(boolean wide) {
        return column("code", CUSTOM)
                .sqlType(Dialect.POSTGRESQL, wide ? "int8" : "int4")
                .sqlType(Dialect.MYSQL, wide ? "BIGINT" : "integer")
                .sqlType(Dialect.SQLITE, wide ? "int8" : "int4")
                .sqlType(Dialect.MEMORY, wide ? "int8" : "int4");
    }

    /** A set of flags, or its stand-in where the database has no such type. */
    private static ColumnDef flags(String sqliteType) {
        return column("flags", CUSTOM)
                .sqlType(Dialect.POSTGRESQL, "inet")
                .sqlType(Dialect.MYSQL, "set('a', 'b', 'c')")
                .sqlType(Dialect.SQLITE, sqliteType)
                .sqlType(Dialect.MEMORY, "varchar_ignorecase(10)");
    }

    private static List<TableDef> docs(ColumnDef... custom) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("title", VARCHAR).maxLength(100).notNull()));
        columns.addAll(List.of(custom));
        return List.of(
                defineTable("docs").columns(columns.toArray(new ColumnDef[0])).timestamps(false));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void customColumnsAreCreatedAddedChangedAndDroppedOnATableWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "custom_types", project)) {
            String create = db.step(
                    "v1 create with custom columns", docs(search(), code(false).notNull()), false);
            assertThat(create).contains(ownText(dialect, search()), ownText(dialect, code(false)));
            insert(db, "pen", "fat cat", 7);
            insert(db, "ink", "lazy dog", 8);

            String added =
                    db.step("v2 add a custom column", docs(search(), code(false).notNull(), flags("text")), false);
            assertThat(added).contains(ownText(dialect, flags("text")));
            db.execute("UPDATE " + db.q("docs") + " SET " + db.q("flags") + " = "
                    + (dialect == Dialect.POSTGRESQL ? "'10.0.0.1'" : "'a'") + " WHERE " + db.q("code") + " = 7");

            List<TableDef> wide = docs(search(), code(true).notNull(), flags("text"));
            GenerateResult refused = Storium.generate(db.config(), wide, GenerateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.error().code()).isEqualTo(ErrorCode.DATA_LOSS);
            assertThat(refused.message()).contains("docs.code");
            db.step("v3 change a custom type (opted in)", wide, true);
            assertThat(db.strings("SELECT " + db.q("code") + " FROM " + db.q("docs") + " ORDER BY " + db.q("id")))
                    .containsExactly("7", "8");

            // another dialect's text is no change for this one: nothing to generate, nothing to push
            Dialect other = dialect == Dialect.SQLITE ? Dialect.POSTGRESQL : Dialect.SQLITE;
            List<TableDef> otherText = docs(
                    search(),
                    code(true).notNull().sqlType(other, "numeric(20)"),
                    flags(dialect == Dialect.SQLITE ? "text" : "varchar(5)"));
            db.assertInSync("v3 with another dialect's text changed", otherText);

            db.step("v4 drop a custom column", docs(search(), code(true).notNull()), true);
            assertThat(db.strings("SELECT " + db.q("title") + " FROM " + db.q("docs") + " ORDER BY " + db.q("id")))
                    .containsExactly("pen", "ink");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite changes a declared type only by rebuilding the table
    void aCustomTypeChangedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "custom_drift", project)) {
            List<TableDef> tables = docs(search(), code(false).notNull());
            db.step("v1", tables, false);
            insert(db, "pen", "fat cat", 7);

            String table = db.q("docs");
            String column = db.q("code");
            db.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE " + table + " MODIFY COLUMN " + column + " bigint NOT NULL"
                            : "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE bigint");
            assertThat(db.drift(tables))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SchemaChange.AlterColumn.class,
                            c -> assertThat(c.to().name()).isEqualTo("code"));
            PushResult refused = Push.run(db.config(), tables, PushOptions.DEFAULTS);
            assertThat(refused.success())
                    .as("a custom type change may lose data")
                    .isFalse();
            PushResult pushed = Push.run(db.config(), tables, new PushOptions(true, false));
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after push", tables);
            assertThat(db.strings("SELECT " + column + " FROM " + table)).containsExactly("7");

            String search = db.q("search");
            db.execute(
                    dialect == Dialect.MYSQL
                            ? "ALTER TABLE " + table + " MODIFY COLUMN " + search + " longtext"
                            : "ALTER TABLE " + table + " ALTER COLUMN " + search + " SET DATA TYPE "
                                    + (dialect == Dialect.POSTGRESQL ? "text" : "varchar_ignorecase(80)"));
            assertThat(db.drift(tables))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SchemaChange.AlterColumn.class,
                            c -> assertThat(c.to().name()).isEqualTo("search"));
            pushed = Push.run(db.config(), tables, new PushOptions(true, false));
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after the second push", tables);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void aTypeOfAnExtensionIsDeclaredAndReadBackOnceTheExtensionIsCreated(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "custom_citext", project)) {
            db.execute("CREATE EXTENSION IF NOT EXISTS citext");
            List<TableDef> tables = docs(column("email", CUSTOM).sqlType(Dialect.POSTGRESQL, "citext"));
            db.step("v1 citext", tables, false);
            db.execute("INSERT INTO docs (title, email) VALUES ('ada', 'Ada@Example.com')");
            assertThat(db.strings("SELECT title FROM docs WHERE email = 'ada@example.COM'"))
                    .containsExactly("ada");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aDialectWithoutItsOwnTypeIsRefusedNamingTheColumnAndTheFix(Dialect dialect) throws Exception {
        Dialect other = dialect == Dialect.POSTGRESQL ? Dialect.MYSQL : Dialect.POSTGRESQL;
        try (Evolution db = new Evolution(dialect, "custom_missing", project)) {
            List<TableDef> tables = docs(column("doc", CUSTOM).sqlType(other, "text"));
            GenerateResult generated = Storium.generate(db.config(), tables, GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message())
                    .contains("Column docs.doc is a custom column without an SQL type for")
                    .contains(".sqlType(Dialect." + dialect.name() + ", \"...\")");
            assertThatThrownBy(() -> Push.run(db.config(), tables, PushOptions.DEFAULTS))
                    .isInstanceOfSatisfying(
                            StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
                    .hasMessageContaining("Column docs.doc is a custom column without an SQL type for");
        }
    }

    /** The SQL type the column gives the dialect, as the generated SQL writes it. */
    private static String ownText(Dialect dialect, ColumnDef column) {
        TableDef table = defineTable("t").columns(column).timestamps(false);
        return table.storium().columns().get(0).sqlTypes().get(dialect);
    }

    /** A row whose values are SQL literals, which every database casts to the custom types. */
    private static void insert(Evolution db, String title, String search, int code) throws Exception {
        db.execute("INSERT INTO " + db.q("docs") + " (" + db.q("title") + ", " + db.q("search") + ", " + db.q("code")
                + ") VALUES ('" + title + "', '" + search + "', " + code + ")");
    }
}
