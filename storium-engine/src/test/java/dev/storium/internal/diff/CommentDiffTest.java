package dev.storium.internal.diff;

import static dev.storium.internal.diff.Schemas.id;
import static dev.storium.internal.diff.Schemas.notNull;
import static dev.storium.internal.diff.Schemas.renamedFrom;
import static dev.storium.internal.diff.Schemas.schema;
import static dev.storium.internal.diff.Schemas.table;
import static dev.storium.internal.diff.Schemas.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.Column;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A comment added, changed or dropped is a change of its own, never a column alteration, and loses no data. */
class CommentDiffTest {

    private static Table users(String comment, Column... columns) {
        Table table = table("users").columns(id()).columns(columns).build();
        return table.withComment(comment);
    }

    private static Column email(String comment) {
        return notNull(varchar("email", 255)).withComment(comment);
    }

    private static List<String> describe(Table previous, Table next) {
        return Differ.diff(schema(previous), schema(next)).stream()
                .map(SchemaChange::describe)
                .collect(Collectors.toList());
    }

    @Test
    void aTableCommentAddedChangedOrDroppedIsOneCommentTable() {
        assertThat(describe(users(null, email(null)), users("People", email(null))))
                .containsExactly("comment table users");
        assertThat(describe(users("People", email(null)), users("Persons", email(null))))
                .containsExactly("change the comment of table users");
        assertThat(describe(users("People", email(null)), users(null, email(null))))
                .containsExactly("drop the comment of table users");
        assertThat(Differ.diff(schema(users("People", email(null))), schema(users(null, email(null)))))
                .singleElement()
                .isEqualTo(new SchemaChange.CommentTable("users", "People", null));
    }

    @Test
    void aColumnCommentIsNoColumnAlteration() {
        List<SchemaChange> changes = Differ.diff(schema(users(null, email(null))), schema(users(null, email("Where"))));
        assertThat(changes).singleElement().isInstanceOf(SchemaChange.CommentColumn.class);
        SchemaChange.CommentColumn change = (SchemaChange.CommentColumn) changes.get(0);
        assertThat(change.from().comment()).isNull();
        assertThat(change.to()).isEqualTo(email("Where"));
        assertThat(change.losesData()).isFalse();
        assertThat(describe(users(null, email("Where")), users(null, email("Whither"))))
                .containsExactly("change the comment of column users.email");
        assertThat(describe(users(null, email("Where")), users(null, email(null))))
                .containsExactly("drop the comment of column users.email");
        DataLossGuard.check(changes, false);
    }

    @Test
    void aColumnAlteredAndRecommentedIsAnAlterationThenAComment() {
        Column wider = notNull(varchar("email", 320)).withComment("Whither");
        assertThat(describe(users(null, email("Where")), users(null, wider)))
                .containsExactly("alter column users.email", "change the comment of column users.email");
        Column widerSame = notNull(varchar("email", 320)).withComment("Where");
        assertThat(describe(users(null, email("Where")), users(null, widerSame)))
                .containsExactly("alter column users.email");
    }

    @Test
    void aRenamedColumnOrTableKeepsItsComment() {
        Column name = varchar("name", 100).withComment("Shown");
        Column fullName = renamedFrom(varchar("full_name", 100), "name").withComment("Shown");
        assertThat(describe(users(null, name), users(null, fullName)))
                .containsExactly("rename column users.name to full_name");
        Table memos = table("memos").columns(id()).renamedFrom("notes").build().withComment("Scribbles");
        Table notes = table("notes").columns(id()).build().withComment("Scribbles");
        assertThat(Differ.diff(schema(notes), schema(memos)))
                .extracting(SchemaChange::describe)
                .containsExactly("rename table notes to memos");
    }

    @Test
    void aCreatedTableAndAnAddedColumnCarryTheirComments() {
        assertThat(describe(users(null), users(null, email("Where")))).containsExactly("add column users.email");
        assertThat(Differ.diff(SchemaModel.empty(), schema(users("People", email("Where")))))
                .singleElement()
                .isEqualTo(new SchemaChange.CreateTable(users("People", email("Where"))));
    }

    @Test
    void commentOnlyMigrationsAreNamedAfterWhatTheyComment() {
        assertThat(name(users(null, email(null)), users("People", email(null)))).isEqualTo("comment_users");
        assertThat(name(users(null, email(null)), users(null, email("Where")))).isEqualTo("comment_users_email");
        assertThat(name(users(null, email("Where")), users(null, email(null)))).isEqualTo("drop_comment_users_email");
        assertThat(name(users("People", email(null)), users(null, email(null)))).isEqualTo("drop_comment_users");
        assertThat(name(users(null, email(null)), users("People", email("Where"))))
                .isEqualTo("comment_users");
        assertThat(name(users("People", email("Where")), users(null, email(null))))
                .isEqualTo("comment_users");
    }

    private static String name(Table previous, Table next) {
        return MigrationNames.derive(Differ.diff(schema(previous), schema(next)));
    }
}
