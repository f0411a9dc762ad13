package dev.storium.spring.changed;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.*;

import com.example.library.LibrarySchema;
import dev.storium.schema.TableDef;

/**
 * The example's tables as a developer changes them before generating a migration: {@code books} gains {@code isbn}.
 * A test points {@code storium.schema} here to run the example on code that no migration holds yet.
 */
public final class ChangedLibrarySchema {
    /** Unchanged: the example's own definition. */
    public static final TableDef AUTHORS = LibrarySchema.AUTHORS;

    /** The example's books with a new column, {@code isbn}. */
    public static final TableDef BOOKS = defineTable("books")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("authorId", UUID).notNull().references(AUTHORS, "id").onDelete(CASCADE),
                    column("title", VARCHAR).maxLength(200).notNull(),
                    column("published", INTEGER),
                    column("isbn", VARCHAR).maxLength(17));

    private ChangedLibrarySchema() {}
}
