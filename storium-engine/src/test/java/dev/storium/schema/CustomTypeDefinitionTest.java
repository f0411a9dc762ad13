package dev.storium.schema;

import static dev.storium.schema.ColumnType.ARRAY;
import static dev.storium.schema.ColumnType.CUSTOM;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomTypeDefinitionTest {
    private static final ColumnDef ID = column("id", SERIAL).primaryKey();

    private static void broken(ColumnDef column, String message) {
        StoriumException e = catchThrowableOfType(
                StoriumException.class, () -> defineTable("docs").columns(ID, column));
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void theSqlTypesAreKeptPerDialectALaterOneReplacingAnEarlierOne() {
        TableDef docs = defineTable("docs")
                .columns(
                        ID,
                        column("search", CUSTOM)
                                .sqlType(Dialect.POSTGRESQL, "text")
                                .sqlType(Dialect.MYSQL, "mediumtext")
                                .sqlType(Dialect.POSTGRESQL, "tsvector"));

        assertThat(docs.storium().column("search").orElseThrow().sqlTypes())
                .isEqualTo(Map.of(Dialect.POSTGRESQL, "tsvector", Dialect.MYSQL, "mediumtext"));
        assertThat(docs.storium().column("id").orElseThrow().sqlTypes()).isEmpty();
    }

    @Test
    void aCustomColumnWithoutAnyTypeIsRefused() {
        broken(
                column("search", CUSTOM),
                "Table docs, column search: the custom column has no SQL type. Fix: give the type of each dialect you"
                        + " generate for, such as sqlType(Dialect.POSTGRESQL, \"tsvector\").");
    }

    @Test
    void aTypeOnAnotherColumnTypeIsRefused() {
        broken(
                column("body", TEXT).sqlType(Dialect.POSTGRESQL, "citext"),
                "Table docs, column body: sqlType(...) is set on a text column, but only custom columns have an SQL"
                        + " type of their own. Fix: remove sqlType(...), or make the column CUSTOM to write the SQL"
                        + " type yourself.");
    }

    @Test
    void aTypeThatIsNoOneSqlTypeIsRefused() {
        broken(
                column("flags", CUSTOM).sqlType(Dialect.MYSQL, "set('a', 'b'"),
                "Table docs, column flags: the mysql SQL type \"set('a', 'b'\" is not one SQL type (a '(' is not"
                        + " closed). Fix: write the type as the database declares it, such as \"tsvector\" or"
                        + " \"set('a', 'b')\".");
        broken(
                column("flags", CUSTOM).sqlType(Dialect.SQLITE, "text; drop table docs"),
                "Table docs, column flags: the sqlite SQL type \"text; drop table docs\" is not one SQL type (a ';'"
                        + " ends it). Fix: write the type as the database declares it, such as \"tsvector\" or"
                        + " \"set('a', 'b')\".");
        broken(
                column("flags", CUSTOM).sqlType(Dialect.MEMORY, "  "),
                "Table docs, column flags: the memory SQL type \"  \" is not one SQL type (it is empty). Fix: write"
                        + " the type as the database declares it, such as \"tsvector\" or \"set('a', 'b')\".");
    }

    @Test
    void aCustomColumnTakesNoDefaultNoCollationAndIsNoArraysItems() {
        broken(
                column("search", CUSTOM).sqlType(Dialect.POSTGRESQL, "tsvector").defaultValue("a"),
                "Table docs, column search: a custom column takes no default (Storium cannot check a literal against a"
                        + " type it does not know). Fix: remove the default, and set the value on create, or use a"
                        + " built-in type.");
        broken(
                column("search", CUSTOM).sqlType(Dialect.POSTGRESQL, "text").collation("C"),
                "Table docs, column search: collation(\"C\") is set on a custom column, but only varchar and text"
                        + " columns have a collation. Fix: remove collation(...) or make the column VARCHAR or TEXT.");
        broken(
                column("tags", ARRAY).items(CUSTOM),
                "Table docs, column tags: items(CUSTOM) is not a valid element type. Fix: use a plain type such as"
                        + " TEXT, INTEGER or UUID for the items.");
    }
}
