package com.example.library;

import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import dev.storium.store.Store;
import java.util.Map;

/** Two authors and their books. Seeds run on every start with storium.seed.enabled, so this one looks first. */
public final class LibraryData implements Seed {
    @Override
    public void run(SeedContext ctx) {
        Store authors = ctx.store("authors");
        Store books = ctx.store("books");
        add(authors, books, "Ursula K. Le Guin", Map.of("A Wizard of Earthsea", 1968, "The Dispossessed", 1974));
        add(authors, books, "Stanisław Lem", Map.of("Solaris", 1961));
    }

    private static void add(Store authors, Store books, String name, Map<String, Integer> titles) {
        if (authors.findOne(Map.of("name", name)).isPresent()) {
            return;
        }
        Object author = authors.create(Map.of("name", name)).get("id");
        titles.forEach((title, year) -> books.create(Map.of("authorId", author, "title", title, "published", year)));
    }
}
