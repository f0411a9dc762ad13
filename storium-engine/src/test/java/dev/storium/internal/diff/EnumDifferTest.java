package dev.storium.internal.diff;

import static dev.storium.internal.diff.Schemas.id;
import static dev.storium.internal.diff.Schemas.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.internal.sql.SqlRenderer;
import dev.storium.schema.ColumnType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enum changes as a pure function of two models, and the SQL PostgreSQL gets for them. */
class EnumDifferTest {
    private static Column status(String name, EnumType type, String defaultValue) {
        return new Column(
                name,
                ColumnType.ENUM,
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                defaultValue == null ? null : DefaultValue.literal(defaultValue),
                null,
                null,
                type);
    }

    private static SchemaModel orders(Column column) {
        return schema(new Table("orders", List.of(id(), column), List.of("id"), List.of(), List.of(), null));
    }

    private static EnumType e(String... values) {
        return new EnumType("order_status", List.of(values));
    }

    @Test
    void valuesAddedAreNoDataLossAndComeFirstAsAnInPlaceAlter() {
        SchemaModel before = orders(status("status", e("draft", "paid"), "draft"));
        SchemaModel after = orders(status("status", e("new", "draft", "paid", "shipped"), "draft"));

        List<SchemaChange> changes = Differ.diff(before, after);

        assertThat(changes)
                .extracting(SchemaChange::describe)
                .containsExactly("alter enum order_status (add new, shipped)", "alter column orders.status");
        assertThat(((SchemaChange.AlterEnum) changes.get(0)).inPlace()).isTrue();
        assertThat(changes).noneMatch(SchemaChange::losesData);
        assertThat(SqlRenderer.of(Dialect.POSTGRESQL).render(changes, before, after))
                .containsExactly(
                        "ALTER TYPE \"order_status\" ADD VALUE IF NOT EXISTS 'new' BEFORE 'draft'",
                        "ALTER TYPE \"order_status\" ADD VALUE IF NOT EXISTS 'shipped' AFTER 'paid'");
        assertThat(MigrationNames.derive(changes)).isEqualTo("alter_enum_order_status_and_alter_orders_status");
    }

    @Test
    void aValueRemovedIsANarrowingAndPostgresqlMakesTheTypeAnewConvertingTheColumnByItsOldName() {
        SchemaModel before = orders(status("status", e("draft", "sent", "gone"), "draft"));
        Column renamed = new Column(
                "state",
                ColumnType.ENUM,
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                DefaultValue.literal("draft"),
                null,
                "status",
                new EnumType("order_status", List.of("draft", "dispatched"), Map.of("sent", "dispatched")));
        SchemaModel after = orders(renamed);

        List<SchemaChange> changes = Differ.diff(before, after);

        assertThat(changes)
                .extracting(SchemaChange::describe)
                .containsExactly(
                        "alter enum order_status (rename sent to dispatched; remove gone)",
                        "rename column orders.status to state",
                        "alter column orders.state (narrowing enum order_status(draft, sent, gone) to enum"
                                + " order_status(draft, dispatched))");
        assertThat(SqlRenderer.of(Dialect.POSTGRESQL).render(changes, before, after))
                .containsExactly(
                        "ALTER TYPE \"order_status\" RENAME TO \"order_status__old\"",
                        "CREATE TYPE \"order_status\" AS ENUM ('draft', 'dispatched')",
                        "ALTER TABLE \"orders\" ALTER COLUMN \"status\" DROP DEFAULT",
                        "ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DATA TYPE \"order_status\" USING (CASE"
                                + " \"status\"::text WHEN 'sent' THEN 'dispatched' ELSE \"status\"::text"
                                + " END)::\"order_status\"",
                        "ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DEFAULT 'draft'",
                        "DROP TYPE \"order_status__old\"",
                        "ALTER TABLE \"orders\" RENAME COLUMN \"status\" TO \"state\"");
    }

    @Test
    void aNewEnumIsCreatedFirstAndOneNoColumnUsesIsDroppedLast() {
        SchemaModel before = orders(status("status", e("draft"), null));
        Column other = status("status", new EnumType("state", List.of("on", "off")), null);
        SchemaModel after = orders(other);

        List<SchemaChange> changes = Differ.diff(before, after);

        assertThat(changes)
                .extracting(SchemaChange::describe)
                .containsExactly(
                        "create enum state",
                        "alter column orders.status (narrowing enum order_status(draft) to enum state(on, off))",
                        "drop enum order_status");
        assertThat(SqlRenderer.of(Dialect.POSTGRESQL).render(changes, before, after))
                .containsExactly(
                        "CREATE TYPE \"state\" AS ENUM ('on', 'off')",
                        "ALTER TABLE \"orders\" ALTER COLUMN \"status\" SET DATA TYPE \"state\" USING"
                                + " \"status\"::text::\"state\"",
                        "DROP TYPE \"order_status\"");
        assertThat(SqlRenderer.of(Dialect.MYSQL).render(changes, before, after))
                .containsExactly("ALTER TABLE `orders` MODIFY COLUMN `status` enum('on', 'off') NOT NULL");
    }
}
