package dev.storium.constructs;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.check;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
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
import dev.storium.schema.IndexDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated columns on every dialect, on a table that holds rows: created with the table, added, their expression
 * and kind changed (the column dropped and added again, computed anew), made plain, dropped; each version migrated and
 * read back from the catalog as the code wrote it, however the database rewrites the expression.
 */
class GeneratedColumnTest {
    @TempDir
    Path project;

    /** The full name, first name first or last name first; MySQL concatenates with concat(...). */
    static ColumnDef fullName(boolean lastFirst) {
        return column("fullName", TEXT)
                .generatedAs(lastFirst ? "last_name || ', ' || first_name" : "first_name || ' ' || last_name")
                .generatedAs(
                        Dialect.MYSQL,
                        lastFirst ? "concat(last_name, ', ', first_name)" : "concat(first_name, ' ', last_name)");
    }

    /** The full name as a varchar, which MySQL can index whole (not a text). */
    private static ColumnDef sortName(boolean lastFirst) {
        return column("fullName", VARCHAR)
                .maxLength(120)
                .generatedAs(lastFirst ? "last_name || ', ' || first_name" : "first_name || ' ' || last_name")
                .generatedAs(
                        Dialect.MYSQL,
                        lastFirst ? "concat(last_name, ', ', first_name)" : "concat(first_name, ' ', last_name)");
    }

    /** The initials, virtual where the dialect has virtual columns (PostgreSQL 15 has not). */
    private static ColumnDef initials(Dialect dialect, boolean stored) {
        ColumnDef initials = column("initials", VARCHAR)
                .maxLength(2)
                .generatedAs("substr(first_name, 1, 1) || substr(last_name, 1, 1)")
                .generatedAs(Dialect.MYSQL, "concat(left(first_name, 1), left(last_name, 1))");
        return stored || dialect == Dialect.POSTGRESQL ? initials.stored() : initials.virtual();
    }

    static List<TableDef> people(ColumnDef... more) {
        List<ColumnDef> columns = new ArrayList<>(List.of(
                column("id", SERIAL).primaryKey(),
                column("firstName", VARCHAR).maxLength(50).notNull(),
                column("lastName", VARCHAR).maxLength(50).notNull()));
        columns.addAll(List.of(more));
        return List.of(
                defineTable("people").columns(columns.toArray(new ColumnDef[0])).timestamps(false));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void generatedColumnsAreCreatedAddedChangedMadePlainAndDroppedOnATableWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "generated", project)) {
            String create = db.step("v1 create with a generated column", people(fullName(false)), false);
            assertThat(create).contains("GENERATED ALWAYS AS (");
            insert(db, "Ada", "Lovelace");
            insert(db, "Alan", "Turing");
            assertThat(values(db, "full_name")).containsExactly("Ada Lovelace", "Alan Turing");

            db.step("v2 add a generated column", people(fullName(false), initials(dialect, false)), false);
            assertThat(values(db, "initials")).containsExactly("AL", "AT");

            String changed =
                    db.step("v3 change an expression", people(fullName(true), initials(dialect, false)), false);
            assertThat(changed).contains(dialect == Dialect.SQLITE ? "__new_people" : "DROP COLUMN");
            assertThat(values(db, "full_name")).containsExactly("Lovelace, Ada", "Turing, Alan");
            Dialect other = dialect == Dialect.SQLITE ? Dialect.MEMORY : Dialect.SQLITE;
            db.assertInSync(
                    "v3 with another dialect's expression changed",
                    people(fullName(true).generatedAs(other, "first_name"), initials(dialect, false)));

            if (dialect != Dialect.POSTGRESQL) {
                db.step("v4 virtual becomes stored", people(fullName(true), initials(dialect, true)), false);
                assertThat(values(db, "initials")).containsExactly("AL", "AT");
            }

            List<TableDef> plain = people(column("fullName", TEXT), initials(dialect, true));
            GenerateResult refused = Storium.generate(db.config(), plain, GenerateOptions.DEFAULTS);
            assertThat(refused.success())
                    .as("a generated column made plain loses its values")
                    .isFalse();
            assertThat(refused.error().code()).isEqualTo(ErrorCode.DATA_LOSS);
            db.step("v5 a generated column made plain", plain, true);
            db.execute("UPDATE " + db.q("people") + " SET " + db.q("full_name") + " = 'by hand' WHERE " + db.q("id")
                    + " = 1");
            assertThat(values(db, "full_name")).first().isEqualTo("by hand");

            db.step("v6 drop a generated column", people(column("fullName", TEXT)), true);
            assertThat(values(db, "first_name")).containsExactly("Ada", "Alan");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anIndexOverAGeneratedColumnSurvivesAChangeOfItsExpression(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "generated_index", project)) {
            db.step("v1 an indexed generated column", indexed(sortName(false), index("fullName")), false);
            insert(db, "Ada", "Lovelace");
            insert(db, "Alan", "Turing");

            // the column is dropped and added again: its index must come back with it
            db.step("v2 its expression changed", indexed(sortName(true), index("fullName")), false);
            assertThat(values(db, "full_name")).containsExactly("Lovelace, Ada", "Turing, Alan");

            db.step(
                    "v3 a unique index over it and a plain column",
                    indexed(sortName(true), index("fullName", "firstName").unique()),
                    false);
            db.step("v4 the index dropped", indexed(sortName(true)), false);
            assertThat(values(db, "full_name")).containsExactly("Lovelace, Ada", "Turing, Alan");
        }
    }

    private static List<TableDef> indexed(ColumnDef generated, IndexDef... indexes) {
        return List.of(defineTable("people")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("firstName", VARCHAR).maxLength(50).notNull(),
                        column("lastName", VARCHAR).maxLength(50).notNull(),
                        generated)
                .checks(check("people_full_name_long", "length(full_name) > 3"))
                .timestamps(false)
                .indexes(indexes));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "MYSQL", "MEMORY"}) // SQLite changes a column only by rebuilding the table
    void anExpressionChangedByHandIsDriftThatPushUndoes(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "generated_drift", project)) {
            List<TableDef> tables = people(fullName(false), column("rank", INTEGER));
            db.step("v1", tables, false);
            insert(db, "Ada", "Lovelace");

            String table = db.q("people");
            db.execute("ALTER TABLE " + table + " DROP COLUMN " + db.q("full_name"));
            db.execute("ALTER TABLE " + table + " ADD COLUMN " + db.q("full_name") + " "
                    + (dialect == Dialect.MEMORY ? "varchar" : "text") + " GENERATED ALWAYS AS (" + db.q("first_name")
                    + ")" + (dialect == Dialect.MEMORY ? "" : " STORED"));
            assertThat(db.drift(tables))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SchemaChange.AlterColumn.class,
                            c -> assertThat(c.to().name()).isEqualTo("full_name"));
            PushResult pushed = Push.run(db.config(), tables, PushOptions.DEFAULTS);
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after push", tables);
            assertThat(values(db, "full_name")).containsExactly("Ada Lovelace");

            // a plain column made generated by hand
            db.execute("ALTER TABLE " + table + " DROP COLUMN " + db.q("rank"));
            db.execute("ALTER TABLE " + table + " ADD COLUMN " + db.q("rank") + " integer GENERATED ALWAYS AS (length("
                    + db.q("first_name") + "))" + (dialect == Dialect.MEMORY ? "" : " STORED"));
            assertThat(db.drift(tables))
                    .extracting(SchemaChange::describe)
                    .singleElement()
                    .asString()
                    .contains("rank");
            pushed = Push.run(db.config(), tables, new PushOptions(true, false));
            assertThat(pushed.success()).as(pushed.message()).isTrue();
            db.assertInSync("after the second push", tables);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "POSTGRESQL")
    void aVirtualColumnIsRefusedOnPostgresqlNamingTheAlternative(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "generated_virtual", project)) {
            List<TableDef> tables = people(fullName(false).virtual());
            GenerateResult generated = Storium.generate(db.config(), tables, GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message())
                    .isEqualTo("Column people.full_name is a virtual generated column, but postgresql (before 18) has"
                            + " stored generated columns only. Make it stored: remove .virtual() (stored is the"
                            + " default); or compute the value in the query or a view instead.");
            assertThatThrownBy(() -> Push.run(db.config(), tables, PushOptions.DEFAULTS))
                    .isInstanceOfSatisfying(
                            StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Dialect.class, names = "SQLITE")
    void aDialectWithoutAnExpressionIsRefused(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "generated_missing", project)) {
            List<TableDef> tables =
                    people(column("fullName", TEXT).generatedAs(Dialect.MYSQL, "concat(first_name, last_name)"));
            GenerateResult generated = Storium.generate(db.config(), tables, GenerateOptions.DEFAULTS);
            assertThat(generated.success()).isFalse();
            assertThat(generated.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(generated.message())
                    .isEqualTo("Column people.full_name is generated, but has no expression for sqlite. Add"
                            + " .generatedAs(\"...\") for every dialect, or .generatedAs(Dialect.SQLITE, \"...\") to the"
                            + " column definition.");
        }
    }

    private static void insert(Evolution db, String first, String last) throws Exception {
        db.execute(
                "INSERT INTO " + db.q("people") + " (" + db.q("first_name") + ", " + db.q("last_name")
                        + ") VALUES (?, ?)",
                first,
                last);
    }

    private static List<String> values(Evolution db, String name) throws Exception {
        return db.strings("SELECT " + db.q(name) + " FROM " + db.q("people") + " ORDER BY " + db.q("id"));
    }
}
