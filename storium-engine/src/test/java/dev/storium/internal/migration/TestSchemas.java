package dev.storium.internal.migration;

import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.util.List;
import java.util.Map;

/** Small schema models for the folder tests. */
final class TestSchemas {
    private TestSchemas() {}

    static Table users(boolean withBio) {
        List<Column> columns = new java.util.ArrayList<>(List.of(
                new Column("id", ColumnType.UUID, null, null, null, null, true, DefaultValue.randomUuid(), null),
                new Column("email", ColumnType.VARCHAR, 255, null, null, null, true, null, null),
                new Column("full_name", ColumnType.VARCHAR, 255, null, null, null, false, null, "name")));
        if (withBio) {
            columns.add(new Column("bio", ColumnType.TEXT, null, null, null, null, false, null, null));
        }
        return new Table(
                "users",
                columns,
                List.of("id"),
                List.of(new Index("users_email_unique", List.of("email"), true, null)),
                List.of(),
                null);
    }

    static Table posts() {
        return new Table(
                "posts",
                List.of(
                        new Column("id", ColumnType.UUID, null, null, null, null, true, null, null),
                        new Column("author_id", ColumnType.UUID, null, null, null, null, true, null, null),
                        new Column("price", ColumnType.NUMERIC, null, 10, 2, null, false, null, null),
                        new Column("tags", ColumnType.ARRAY, null, null, null, ColumnType.TEXT, false, null, null),
                        new Column(
                                "status",
                                ColumnType.VARCHAR,
                                20,
                                null,
                                null,
                                null,
                                true,
                                DefaultValue.literal("draft"),
                                null)),
                List.of("id"),
                List.of(),
                List.of(new ForeignKey(
                        "posts_author_id_users_id_fk",
                        List.of("author_id"),
                        "users",
                        List.of("id"),
                        FkAction.CASCADE,
                        null)),
                "articles");
    }

    static SchemaModel schema(Table... tables) {
        Map<String, Table> byName = new java.util.HashMap<>();
        for (Table t : tables) {
            byName.put(t.name(), t);
        }
        return new SchemaModel(byName);
    }
}
