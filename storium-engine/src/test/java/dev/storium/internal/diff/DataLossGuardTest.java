package dev.storium.internal.diff;

import static dev.storium.internal.diff.Schemas.col;
import static dev.storium.internal.diff.Schemas.id;
import static dev.storium.internal.diff.Schemas.index;
import static dev.storium.internal.diff.Schemas.notNull;
import static dev.storium.internal.diff.Schemas.schema;
import static dev.storium.internal.diff.Schemas.table;
import static dev.storium.internal.diff.Schemas.varchar;
import static dev.storium.internal.diff.Schemas.withDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLossGuardTest {

    private static final Table USERS = table("users")
            .columns(id(), notNull(varchar("email", 255)), varchar("name", 100))
            .indexes(index("users_email_unique", true, "email"))
            .build();
    private static final Table LEGACY =
            table("legacy").columns(id(), col("note", ColumnType.TEXT)).build();

    @Test
    void listsEachRiskyChangeAndTheWaysForward() {
        Table users = table("users")
                .columns(id(), notNull(varchar("email", 100)), notNull(varchar("full_name", 100)))
                .indexes(index("users_email_unique", true, "email"))
                .build();
        Table archive =
                table("archive").columns(id(), col("note", ColumnType.TEXT)).build();
        List<SchemaChange> changes = Differ.diff(schema(USERS, LEGACY), schema(users, archive));

        assertThatThrownBy(() -> DataLossGuard.check(changes, false))
                .isInstanceOfSatisfying(
                        StoriumException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_LOSS))
                .hasMessage("""
                        Refusing to generate: 4 changes would lose data or fail on existing rows, and nothing was written.
                          add column users.full_name: NOT NULL without a default, and existing rows have no value for it
                          alter column users.email from varchar(255) to varchar(100): a narrowing, values that do not fit are cut or rejected
                          drop column users.name: its values are deleted
                          drop table legacy: its rows are deleted
                        Ways forward:
                          if users.name was renamed to users.full_name, declare column("fullName", VARCHAR).renamedFrom("name")
                          if legacy was renamed to archive, declare defineTable("archive").renamedFrom("legacy")
                          for users.full_name: give it a default (.defaultValue(...)) or add it nullable, fill it, then make it notNull
                          to accept the loss, run again with -Dstorium.allowDataLoss=true""");
    }

    @Test
    void aSingleDropWithoutLookalikeOnlyOffersTheFlag() {
        List<SchemaChange> changes = Differ.diff(schema(USERS, LEGACY), schema(USERS));

        assertThatThrownBy(() -> DataLossGuard.check(changes, false)).hasMessage("""
                        Refusing to generate: 1 change would lose data or fail on existing rows, and nothing was written.
                          drop table legacy: its rows are deleted
                        Ways forward:
                          to accept the loss, run again with -Dstorium.allowDataLoss=true""");
    }

    @Test
    void aDropAndAnAddOfAnotherTypeAreNotOfferedAsARename() {
        Table users = table("users")
                .columns(id(), notNull(varchar("email", 255)), col("age", ColumnType.INTEGER))
                .indexes(index("users_email_unique", true, "email"))
                .build();
        List<SchemaChange> changes = Differ.diff(schema(USERS), schema(users));

        assertThatThrownBy(() -> DataLossGuard.check(changes, false))
                .hasMessageNotContaining("renamedFrom")
                .hasMessageContaining("  drop column users.name: its values are deleted\n");
    }

    @Test
    void passesWhenAllowedOrWhenNothingIsRisky() {
        List<SchemaChange> drops = Differ.diff(schema(USERS, LEGACY), SchemaModel.empty());
        Table safe = table("users")
                .columns(
                        id(),
                        notNull(varchar("email", 320)),
                        varchar("name", 100),
                        notNull(withDefault(col("score", ColumnType.INTEGER), "0")),
                        notNull(col("seq", ColumnType.SERIAL)),
                        col("bio", ColumnType.TEXT))
                .indexes(index("users_email_unique", true, "email"))
                .build();
        List<SchemaChange> widening = Differ.diff(schema(USERS), schema(safe));

        assertThat(widening).hasSize(4);
        assertThatCode(() -> DataLossGuard.check(drops, true)).doesNotThrowAnyException();
        assertThatCode(() -> DataLossGuard.check(widening, false)).doesNotThrowAnyException();
        assertThatCode(() -> DataLossGuard.check(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void aNotNullColumnOfANewTableNeedsNoBackfill() {
        assertThatCode(() -> DataLossGuard.check(Differ.diff(SchemaModel.empty(), schema(USERS)), false))
                .doesNotThrowAnyException();
    }

    @Test
    void columnKeysAreCamelCase() {
        assertThat(DataLossGuard.camelCase("full_name")).isEqualTo("fullName");
        assertThat(DataLossGuard.camelCase("bio")).isEqualTo("bio");
        assertThat(DataLossGuard.camelCase("created_at_utc")).isEqualTo("createdAtUtc");
    }
}
