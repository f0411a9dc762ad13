package com.example.library;

import dev.storium.store.Row;
import dev.storium.store.Store;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The books, read through the stores. */
@RestController
public class BooksController {
    private final BookStore books;
    private final Store authors;

    public BooksController(BookStore books, Store authors) {
        this.books = books;
        this.authors = authors;
    }

    /** {@code GET /books}: every book by title; {@code GET /books?author=Name}: that author's, oldest first. */
    @GetMapping("/books")
    public List<Book> books(@RequestParam(name = "author", required = false) String author) {
        List<Row> rows = author == null ? books.catalogue() : books.byAuthor(authorId(author));
        return rows.stream()
                .map(row -> new Book((String) row.get("title"), year(row.get("published"))))
                .toList();
    }

    private Object authorId(String name) {
        return authors.findOne(Map.of("name", name))
                .map(row -> row.get("id"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No author named " + name));
    }

    private static Integer year(Object published) {
        return published == null ? null : ((Number) published).intValue();
    }

    /** A book as the endpoint answers it. */
    public record Book(String title, Integer published) {}
}
