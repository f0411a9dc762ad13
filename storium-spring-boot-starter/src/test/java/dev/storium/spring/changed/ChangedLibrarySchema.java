package dev.storium.spring.changed;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.*;

import dev.storium.schema.TableDef;

/**
 * The example's tables as a developer changes them before generating a migration: {@code books} gains {@code isbn}.
 * A test points {@code storium.schema} here to run the example on code that no migration holds yet.
 */
public final class ChangedLibrarySchema {
    public static final TableDef AUTHORS = defineTable("authors")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("name", VARCHAR).maxLength(200).notNull())
            .indexes(index("name").unique());

    public static final TableDef BOOKS = defineTable("books")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("authorId", UUID).notNull().references(AUTHORS, "id").onDelete(CASCADE),
                    column("title", VARCHAR).maxLength(200).notNull(),
                    column("published", INTEGER),
                    column("isbn", VARCHAR).maxLength(17));

    private ChangedLibrarySchema() {}
}
