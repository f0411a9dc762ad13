package dev.storium.schema;

import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.TEXT;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.access;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Comments on tables and columns in the DSL: where they may be written, what reaches the metadata, what is refused. */
class CommentTest {

    private static final ColumnDef ID = column("id", SERIAL);

    private static void broken(ThrowingSupplier<TableDef> definition, String message) {
        StoriumException e = catchThrowableOfType(StoriumException.class, definition::get);
        assertThat(e).as("definition should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DEFINITION);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void aTableCommentMayBeWrittenBeforeOrAfterTheColumnsAndTheOtherTableOptions() {
        List<TableDef> orders = List.of(
                defineTable("users").comment("People who sign in").columns(ID),
                defineTable("users").columns(ID).comment("People who sign in"),
                defineTable("users")
                        .renamedFrom("people")
                        .comment("People who sign in")
                        .columns(ID),
                defineTable("users")
                        .comment("People who sign in")
                        .renamedFrom("people")
                        .columns(ID),
                defineTable("users")
                        .timestamps(false)
                        .comment("People who sign in")
                        .columns(ID),
                defineTable("users")
                        .comment("People who sign in")
                        .timestamps(false)
                        .columns(ID),
                defineTable("users").columns(ID).comment("People who sign in").timestamps(false),
                defineTable("users").columns(ID).timestamps(false).comment("People who sign in"),
                defineTable("users")
                        .columns(ID, column("email", VARCHAR))
                        .comment("People who sign in")
                        .indexes(index("email"))
                        .primaryKey("id")
                        .access(access().hidden("email"))
                        .renamedFrom("people"),
                defineTable("users").comment("Someone").columns(ID).comment("People who sign in"));
        for (TableDef table : orders) {
            assertThat(table.storium().comment()).isEqualTo("People who sign in");
        }
        assertThat(defineTable("users").columns(ID).storium().comment()).isNull();
    }

    @Test
    void aColumnCommentReachesTheMetadataAsWrittenAndTheTimestampsHaveNone() {
        String text = "Where we write to: O'Brien's \"inbox\", C:\\temp\\\nsecond line\twith é and 中文 ";
        TableMeta users = defineTable("users")
                .columns(
                        ID,
                        column("email", VARCHAR).comment("first").maxLength(255).comment(text))
                .storium();
        assertThat(users.column("email").orElseThrow().comment()).isEqualTo(text);
        assertThat(users.column("id").orElseThrow().comment()).isNull();
        assertThat(users.column("createdAt").orElseThrow().comment()).isNull();
    }

    @Test
    void anEmptyOrBlankCommentIsRefused() {
        broken(
                () -> defineTable("users").comment("").columns(ID),
                "Table users: the comment is empty; MySQL and MariaDB read an empty comment as none. Fix: remove"
                        + " .comment(...) for no comment, or write the comment's text.");
        broken(
                () -> defineTable("users").columns(ID).comment(" \n"),
                "Table users: the comment is empty; MySQL and MariaDB read an empty comment as none. Fix: remove"
                        + " .comment(...) for no comment, or write the comment's text.");
        broken(
                () -> defineTable("users").columns(ID, column("email", TEXT).comment("")),
                "Table users, column email: the comment is empty; MySQL and MariaDB read an empty comment as none."
                        + " Fix: remove .comment(...) for no comment, or write the comment's text.");
        assertThatThrownBy(() -> column("email", TEXT).comment(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a comment cannot be null; leave .comment(...) out for no comment");
        assertThatThrownBy(() -> defineTable("users").comment(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a comment cannot be null; leave .comment(...) out for no comment");
    }

    @Test
    void aCommentLongerThanMysqlKeepsIsRefusedAtTheLimitPlusOne() {
        assertThat(defineTable("users")
                        .columns(ID)
                        .comment("t".repeat(2048))
                        .storium()
                        .comment())
                .hasSize(2048);
        broken(
                () -> defineTable("users").columns(ID).comment("t".repeat(2049)),
                "Table users: the comment has 2049 characters, more than the 2048 that MySQL and MariaDB keep for a"
                        + " table comment. Fix: shorten the comment to at most 2048 characters.");
        assertThat(defineTable("users")
                        .columns(ID, column("email", TEXT).comment("é".repeat(1024)))
                        .storium()
                        .column("email")
                        .orElseThrow()
                        .comment())
                .hasSize(1024);
        broken(
                () -> defineTable("users").columns(ID, column("email", TEXT).comment("c".repeat(1025))),
                "Table users, column email: the comment has 1025 characters, more than the 1024 that MySQL and"
                        + " MariaDB keep for a column comment. Fix: shorten the comment to at most 1024 characters.");
    }

    @Test
    void aCommentIsPlainTextOfTheBasicMultilingualPlane() {
        broken(
                () -> defineTable("users").columns(ID, column("email", TEXT).comment("nul\u0000byte")),
                "Table users, column email: the comment holds the control character U+0000 at position 4; a comment"
                        + " is plain text. Fix: remove that character; line breaks and tabs are allowed.");
        broken(
                () -> defineTable("users").columns(ID).comment("smile \uD83D\uDE00"),
                "Table users: the comment holds the character U+1F600 at position 7, beyond U+FFFF, which MariaDB"
                        + " cannot keep in a comment (it stores comments as utf8mb3). Fix: remove that character or"
                        + " describe it in words; characters up to U+FFFF are kept.");
    }
}
