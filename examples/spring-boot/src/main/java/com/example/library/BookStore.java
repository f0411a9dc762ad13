package com.example.library;

import dev.storium.store.Options;
import dev.storium.store.Order;
import dev.storium.store.Row;
import dev.storium.store.Store;
import java.util.List;
import java.util.Map;

/** The queries of the books' store, over its CRUD operations. */
public final class BookStore {
    private final Store books;

    public BookStore(Store books) {
        this.books = books;
    }

    /** The books of an author, oldest first. */
    public List<Row> byAuthor(Object authorId) {
        return books.find(Map.of("authorId", authorId), Options.DEFAULTS.orderBy(Order.asc("published")));
    }

    /** Every book, by title. */
    public List<Row> catalogue() {
        return books.findAll(Options.DEFAULTS.orderBy(Order.asc("title")));
    }
}
