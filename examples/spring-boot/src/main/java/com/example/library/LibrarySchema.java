package com.example.library;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.Schema.*;
import static dev.storium.store.StoreDefinition.defineStore;

import dev.storium.schema.TableDef;
import dev.storium.store.StoreDefinition;

/** The library's tables, authors and their books, and the books' store with its queries. */
public final class LibrarySchema {
    /** People who wrote books. */
    public static final TableDef AUTHORS = defineTable("authors")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("name", VARCHAR).maxLength(200).notNull())
            .indexes(index("name").unique());

    /** Books; deleting an author deletes their books. */
    public static final TableDef BOOKS = defineTable("books")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("authorId", UUID).notNull().references(AUTHORS, "id").onDelete(CASCADE),
                    column("title", VARCHAR).maxLength(200).notNull(),
                    column("published", INTEGER));

    /** The books' store: the CRUD operations and {@link BookStore}'s queries. */
    public static final StoreDefinition<BookStore> BOOK_STORE =
            defineStore(BOOKS).queries(BookStore::new);

    private LibrarySchema() {}
}
