package dev.storium.schema;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.BIGINT;
import static dev.storium.schema.ColumnType.BINARY;
import static dev.storium.schema.ColumnType.CHAR;
import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.JSONB;
import static dev.storium.schema.ColumnType.NUMERIC;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.SMALLINT;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.TIME;
import static dev.storium.schema.ColumnType.TIMESTAMP;
import static dev.storium.schema.ColumnType.UUID;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.access;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static dev.storium.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class DefinitionErrorTest {

    private static final ColumnDef ID = column("id", SERIAL);

    private static void broken(ThrowingSupplier<TableDef> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void duplicateKeyAndDuplicateDbName() {
        broken(
                () -> defineTable("t").columns(ID, column("a", TEXT), column("a", INTEGER)),
                "Table t, column a: the key a is used by two columns. Fix: give each column its own key.");
        broken(
                () -> defineTable("t").columns(ID, column("fullName", TEXT), column("full_name", TEXT)),
                "Table t, column full_name: its database name full_name is also the database name of column fullName."
                        + " Fix: give one of them another dbName(...) or key.");
    }

    @Test
    void aColumnThatClashesWithTheAutomaticTimestampsFailsOnFirstUseUnlessTimestampsFalseFollows() {
        String clash = "Table t, column createdAt: the column clashes with the automatic timestamp createdAt"
                + " (created_at). Fix: remove the column, or call .timestamps(false) to define the timestamps"
                + " yourself.";
        TableDef unfinished = defineTable("t").columns(ID, column("createdAt", TIMESTAMP));
        for (ThrowingSupplier<Object> use :
                List.<ThrowingSupplier<Object>>of(unfinished::storium, () -> unfinished.column("id"))) {
            StoriumException e = catchThrowableOfType(StoriumException.class, use::get);
            assertThat(e).as("a use of the clashing table should fail").isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
            assertThat(e.getMessage()).isEqualTo(clash);
        }
        StoriumException byDbName = catchThrowableOfType(
                StoriumException.class,
                () -> defineTable("t")
                        .columns(ID, column("made", TIMESTAMP).dbName("updated_at"))
                        .storium());
        assertThat(byDbName.getMessage())
                .startsWith("Table t, column made: the column clashes with the automatic"
                        + " timestamp updatedAt (updated_at).");
        // the other chain methods keep the clash until timestamps are off
        assertThat(catchThrowableOfType(
                        StoriumException.class, () -> unfinished.indexes().storium()))
                .hasMessage(clash);

        // the error's own fix, after .columns(...) as the message says, and before it
        TableDef events = defineTable("events")
                .columns(
                        column("id", UUID).primaryKey(),
                        column("createdAt", TIMESTAMP).defaultNow())
                .timestamps(false);
        TableDef early = defineTable("events")
                .timestamps(false)
                .columns(
                        column("id", UUID).primaryKey(),
                        column("createdAt", TIMESTAMP).defaultNow());
        for (TableDef table : List.of(events, early)) {
            assertThat(table.storium().timestamps()).isFalse();
            assertThat(table.storium().columns()).extracting(ColumnMeta::key).containsExactly("id", "createdAt");
            assertThat(table.storium().column("createdAt").orElseThrow().notNull())
                    .isFalse();
            assertThat(table.column("createdAt").getName()).isEqualTo("created_at");
        }
    }

    @Test
    void unknownColumnInIndexPrimaryKeyOrAccess() {
        TableDef t = defineTable("t").columns(ID, column("email", TEXT)).timestamps(false);
        broken(
                () -> t.indexes(index("emial")),
                "Table t, column emial: index(emial) names an unknown column; the column keys are id, email."
                        + " Fix: use one of those keys (DSL keys, not database names).");
        broken(
                () -> t.primaryKey("id", "nope"),
                "Table t, column nope: primaryKey(...) names an unknown column; the column keys are id, email."
                        + " Fix: use one of those keys (DSL keys, not database names).");
        broken(
                () -> t.access(access().hidden("secret")),
                "Table t, column secret: access(...).hidden names an unknown column; the column keys are id, email."
                        + " Fix: use one of those keys (DSL keys, not database names).");
        broken(
                () -> t.indexes(index()),
                "Table t: an index has no columns. Fix: name its columns by key: index(\"email\").");
        broken(
                () -> t.primaryKey(),
                "Table t: primaryKey() names no columns. Fix: name the key columns: .primaryKey(\"a\", \"b\").");
    }

    @Test
    void foreignKeyToUnknownOrUnsuitableColumn() {
        broken(
                () -> defineTable("posts").columns(ID, column("authorId", UUID).references(USERS, "uid")),
                "Table posts, column authorId: the foreign key references column uid of table users, which has no"
                        + " such column; its column keys are id, email, fullName, score, tags, bio, slug, active."
                        + " Fix: reference one of those keys (DSL keys, not database names).");
        broken(
                () -> defineTable("posts")
                        .columns(ID, column("authorName", VARCHAR).references(USERS, "fullName")),
                "Table posts, column authorName: the foreign key references users(fullName), which is neither the"
                        + " table's primary key nor covered by a unique index. Fix: reference the primary key, or add"
                        + " index(\"fullName\").unique() to users.");
        broken(
                () -> defineTable("posts")
                        .columns(ID, column("authorId", INTEGER).references(USERS, "id")),
                "Table posts, column authorId: the column is integer but the referenced users.id is uuid."
                        + " Fix: give the column the referenced column's type.");
        broken(
                () -> defineTable("posts")
                        .columns(ID, column("parentId", INTEGER).references("posts", "nope")),
                "Table posts, column parentId: the foreign key references column nope of table posts, which has no"
                        + " such column; its column keys are id, parentId, createdAt, updatedAt."
                        + " Fix: reference one of those keys (DSL keys, not database names).");
        broken(
                () -> defineTable("posts").columns(ID, column("authorId", UUID).references((TableDef) null, "id")),
                "Table posts, column authorId: references(...) was given a null table, usually a TableDef constant"
                        + " declared further down the class and not yet initialised. Fix: declare the referenced"
                        + " table first, or name it: references(\"table_name\", \"id\").");
        broken(
                () -> defineTable("posts").columns(ID, column("authorId", UUID).onDelete(FkAction.CASCADE)),
                "Table posts, column authorId: onDelete/onUpdate is set but the column references no table."
                        + " Fix: add references(TABLE, \"key\") before onDelete/onUpdate, or remove them.");
        broken(
                () -> defineTable("posts")
                        .columns(
                                ID,
                                column("authorId", UUID)
                                        .notNull()
                                        .references(USERS, "id")
                                        .onDelete(FkAction.SET_NULL)),
                "Table posts, column authorId: the foreign key action is SET_NULL but the column is notNull."
                        + " Fix: remove notNull() or choose another action (CASCADE, RESTRICT, NO_ACTION).");
    }

    @Test
    void readonlyWithRequiredOrHidden() {
        broken(
                () -> defineTable("t").columns(ID, column("a", TEXT).readonly().required()),
                "Table t, column a: the column is both readonly and required, so create() could never accept it."
                        + " Fix: remove required() or readonly().");
        broken(
                () -> defineTable("t").columns(column("id", UUID).primaryKey().required()),
                "Table t, column id: the column is both readonly (a primary-key column is always readonly) and"
                        + " required, so create() could never accept it. Fix: remove required() or readonly().");
        broken(
                () -> defineTable("t").columns(ID, column("a", TEXT).hidden()).access(access().readonly("a")),
                "Table t, column a: the column is both readonly and hidden; a column cannot be both."
                        + " Fix: remove hidden() or readonly().");
    }

    @Test
    void unsignedOnlyOnWholeNumbersAndItsDefaultsFromZero() {
        broken(
                () -> defineTable("t").columns(ID, column("n", NUMERIC).unsigned()),
                "Table t, column n: unsigned() is set on a numeric column, but only smallint, integer, bigint and"
                        + " serial columns can be unsigned. Fix: remove unsigned() or make the column SMALLINT,"
                        + " INTEGER, BIGINT or SERIAL.");
        broken(
                () -> defineTable("t")
                        .columns(ID, column("n", INTEGER).unsigned().defaultValue(-1)),
                "Table t, column n: the default -1 (Integer) does not fit a integer column: expected a whole number"
                        + " from 0 to 4294967295. Fix: give a default of the column's type, or remove"
                        + " defaultValue(...).");
        assertThat(defineTable("t")
                        .columns(ID, column("n", INTEGER).unsigned().defaultValue(4294967295L))
                        .storium()
                        .column("n")
                        .orElseThrow()
                        .unsigned())
                .isTrue();
        assertThatThrownBy(() -> defineTable("t")
                        .columns(ID, column("n", SMALLINT).unsigned().defaultValue(65536)))
                .hasMessageContaining("expected a whole number from 0 to 65535");
    }

    @Test
    void aCollationOnlyOnTextAndWithAValidName() {
        broken(
                () -> defineTable("t").columns(ID, column("n", INTEGER).collation("utf8mb4_bin")),
                "Table t, column n: collation(\"utf8mb4_bin\") is set on a integer column, but only varchar and text"
                        + " columns have a collation. Fix: remove collation(...) or make the column VARCHAR or TEXT.");
        for (String name : List.of("C\"; drop table t; --", "utf8mb4 bin", "", "-x")) {
            broken(
                    () -> defineTable("t").columns(ID, column("n", TEXT).collation(name)),
                    "Table t, column n: the collation \"" + name + "\" is not a valid collation name: expected 1 to"
                            + " 128 characters from A-Z, a-z, 0-9, _, -, . and @, starting with a letter or digit."
                            + " Fix: give the database's name of the collation, such as utf8mb4_bin, C or NOCASE.");
        }
        assertThat(defineTable("t")
                        .columns(ID, column("n", VARCHAR).collation("en-US-x-icu"))
                        .storium()
                        .column("n")
                        .orElseThrow()
                        .collation())
                .isEqualTo("en-US-x-icu");
    }

    @Test
    void typeOptionsOnTheWrongType() {
        broken(
                () -> defineTable("t").columns(ID, column("n", INTEGER).maxLength(10)),
                "Table t, column n: maxLength(10) is set on a integer column, but only varchar and char columns have a"
                        + " length. Fix: remove maxLength or make the column VARCHAR.");
        broken(
                () -> defineTable("t").columns(ID, column("n", CHAR)),
                "Table t, column n: the char column has no length. Fix: add length(n), such as length(3), or make the"
                        + " column VARCHAR.");
        broken(
                () -> defineTable("t").columns(ID, column("n", CHAR).length(256)),
                "Table t, column n: length is 256, expected 1 to 255 for a char. Fix: give a length in that range, or"
                        + " make the column VARCHAR with a maxLength for longer text.");
        broken(
                () -> defineTable("t").columns(ID, column("n", CHAR).length(0)),
                "Table t, column n: length is 0, expected 1 to 255 for a char. Fix: give a length in that range, or"
                        + " make the column VARCHAR with a maxLength for longer text.");
        broken(
                () -> defineTable("t").columns(ID, column("n", TEXT).items(TEXT)),
                "Table t, column n: items(TEXT) is set on a text column, but only arrays have items."
                        + " Fix: remove items(...) or make the column ARRAY.");
        broken(
                () -> defineTable("t").columns(ID, column("n", ARRAY)),
                "Table t, column n: the array column has no item type. Fix: add items(TYPE), such as items(TEXT).");
        broken(
                () -> defineTable("t").columns(ID, column("n", BIGINT).precision(5)),
                "Table t, column n: precision is set on a bigint column, but only numeric columns have one."
                        + " Fix: remove precision(...) or make the column NUMERIC.");
        broken(
                () -> defineTable("t").columns(ID, column("n", NUMERIC).precision(4, 6)),
                "Table t, column n: scale 6 is outside 0 to the precision 4."
                        + " Fix: use a scale no larger than the precision, such as precision(10, 2).");
    }

    @Test
    void invalidIdentifiers() {
        broken(
                () -> defineTable("").columns(ID),
                "Table (empty): the table name \"\" is not a valid name: expected 1 to 63 characters from A-Z, a-z,"
                        + " 0-9 and _. Fix: rename the table using only letters, digits and underscores.");
        broken(
                () -> defineTable("t").columns(ID, column("full-name", TEXT)),
                "Table t, column full-name: the key \"full-name\" is not a valid name: expected 1 to 63 characters"
                        + " from A-Z, a-z, 0-9 and _. Fix: rename it using only letters, digits and underscores.");
        broken(
                () -> defineTable("t").columns(ID, column("a", TEXT).dbName("a b")),
                "Table t, column a: the dbName \"a b\" is not a valid name: expected 1 to 63 characters"
                        + " from A-Z, a-z, 0-9 and _. Fix: rename it using only letters, digits and underscores.");
        broken(
                () -> defineTable("t").columns(ID).indexes(index("id").name("my index")),
                "Table t: the index name \"my index\" is not a valid name: expected 1 to 63 characters from A-Z,"
                        + " a-z, 0-9 and _. Fix: rename the index using only letters, digits and underscores.");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", TEXT).renamedFrom("a")))
                .hasMessageContaining("renamedFrom(\"a\") names the column's current database name");
        assertThatThrownBy(() -> defineTable("t").renamedFrom("t").columns(ID))
                .hasMessageStartingWith("Table t: renamedFrom(\"t\") is not a valid previous name");
    }

    @Test
    void duplicateIndexNamesAndEmptyTables() {
        broken(
                () -> defineTable("t")
                        .columns(ID, column("a", TEXT))
                        .indexes(index("a"), index("a").where("a > ''")),
                "Table t: two indexes are named t_a_idx. Fix: give one of them another name with"
                        + " index(...).name(\"...\").");
        broken(
                () -> defineTable("t").columns(),
                "Table t: the table has no columns. Fix: list its columns: defineTable(...).columns(column(...), ...).");
        broken(
                () -> defineTable("t").columns(ID).indexes(index("id").where(" ")),
                "Table t: index t_id_idx has an empty where(...) predicate. Fix: give the SQL condition of the"
                        + " partial index, or remove where(...).");
    }

    @Test
    void defaultsOfTheWrongKind() {
        broken(
                () -> defineTable("t").columns(ID, column("a", TEXT).defaultRandomUuid()),
                "Table t, column a: defaultRandomUuid() is set on a text column; only uuid columns can default to a"
                        + " random UUID. Fix: remove defaultRandomUuid() or make the column UUID.");
        broken(
                () -> defineTable("t").columns(ID, column("a", INTEGER).defaultNow()),
                "Table t, column a: defaultNow() is set on a integer column; only timestamp, datetime, date and time"
                        + " columns can default to now. Fix: remove defaultNow() or make the column TIMESTAMP,"
                        + " DATETIME, DATE or TIME.");
        broken(
                () -> defineTable("t").columns(ID, column("a", INTEGER).defaultValue("x")),
                "Table t, column a: the default \"x\" does not fit a integer column: expected a whole number from"
                        + " -2147483648 to 2147483647. Fix: give a default of the column's type, or remove"
                        + " defaultValue(...).");
        broken(
                () -> defineTable("t").columns(column("id", SERIAL).defaultValue(1)),
                "Table t, column id: a serial column numbers itself and takes no default. Fix: remove the default.");
        assertThatThrownBy(
                        () -> defineTable("t").columns(ID, column("a", INTEGER).defaultValue(3_000_000_000L)))
                .hasMessageContaining("the default 3000000000 (Long) does not fit a integer column");
        assertThatThrownBy(
                        () -> defineTable("t").columns(ID, column("a", BINARY).defaultValue("00ff")))
                .hasMessageContaining("does not fit a binary column: binary columns take no literal default");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", ARRAY).items(BINARY)))
                .hasMessageContaining("items(BINARY) is not a valid element type");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", ARRAY).items(CHAR)))
                .hasMessageContaining("items(CHAR) is not a valid element type");
        assertThatThrownBy(() ->
                        defineTable("t").columns(ID, column("a", CHAR).length(2).defaultValue("abc")))
                .hasMessageContaining("the default \"abc\" does not fit a char column: it is longer than the length 2");
        assertThatThrownBy(() ->
                        defineTable("t").columns(ID, column("a", CHAR).length(3).defaultValue("ab ")))
                .hasMessageContaining("the default \"ab \" does not fit a char column: expected no trailing spaces,"
                        + " which a char pads and reads take off");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", ARRAY).items(TIME)))
                .hasMessageContaining("items(TIME) is not a valid element type");
        for (String time : new String[] {"8:30", "24:00", "08:30:00Z", "08:30:00.1234567", "noon"}) {
            assertThatThrownBy(
                            () -> defineTable("t").columns(ID, column("a", TIME).defaultValue(time)))
                    .as(time)
                    .hasMessageContaining("does not fit a time column: expected a time of day such as 08:30:00 (at"
                            + " most 6 digits after the point)");
        }
        assertThatThrownBy(
                        () -> defineTable("t").columns(ID, column("a", SMALLINT).defaultValue(40_000)))
                .hasMessageContaining("the default 40000 (Integer) does not fit a smallint column: expected a whole"
                        + " number from -32768 to 32767");
        assertThat(defineTable("t")
                        .columns(ID, column("a", SMALLINT).defaultValue(-32768))
                        .storium()
                        .column("a")
                        .orElseThrow()
                        .defaultValue()
                        .text())
                .isEqualTo("-32768");
        assertThatThrownBy(() -> defineTable("t")
                        .columns(ID, column("a", VARCHAR).maxLength(2).defaultValue("abc")))
                .hasMessageContaining("it is longer than maxLength 2");
        assertThatThrownBy(() -> defineTable("t")
                        .columns(ID, column("a", NUMERIC).precision(4, 2).defaultValue(123)))
                .hasMessageContaining("expected at most 2 digits before and 2 after the point");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", UUID).defaultValue("not-a-uuid")))
                .hasMessageContaining("expected a UUID");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", DATE).defaultValue("yesterday")))
                .hasMessageContaining("expected an ISO date such as 2024-01-31");
        assertThatThrownBy(() -> defineTable("t").columns(ID, column("a", JSONB).defaultValue("{oops")))
                .hasMessageContaining("expected a string holding JSON text");
        assertThatThrownBy(() -> defineTable("t")
                        .columns(ID, column("a", ColumnType.BOOLEAN).defaultValue("yes")))
                .hasMessageContaining("expected true or false");
    }

    @Test
    void goodDefaultsPass() {
        TableDef t = defineTable("t")
                .columns(
                        ID,
                        column("n", NUMERIC).precision(6, 2).defaultValue(1234.5),
                        column("d", DATE).defaultValue("2024-01-31"),
                        column("j", JSONB).defaultValue("{\"a\": 1}"),
                        column("u", UUID).defaultValue("123e4567-e89b-12d3-a456-426614174000"),
                        column("b", BIGINT).defaultValue(5_000_000_000L),
                        column("t", TIME).defaultValue("06:45:10.654321"),
                        column("now", TIME).defaultNow(),
                        column("c", CHAR).length(3).defaultValue("ab"));
        assertThat(t.storium().column("c").orElseThrow().maxLength()).isEqualTo(3);
        assertThat(t.storium().column("n").orElseThrow().defaultValue().text()).isEqualTo("1234.5");
        assertThat(t.storium().column("b").orElseThrow().defaultValue().text()).isEqualTo("5000000000");
    }
}
