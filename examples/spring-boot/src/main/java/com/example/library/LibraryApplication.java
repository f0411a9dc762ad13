package com.example.library;

import dev.storium.StoriumInstance;
import dev.storium.store.Store;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small library service. Storium's starter migrates the application's database at start-up and makes a
 * {@link StoriumInstance} on it; the stores are beans made from it.
 */
@SpringBootApplication
public class LibraryApplication {
    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }

    /** The books' store, with its queries. */
    @Bean
    BookStore bookStore(StoriumInstance storium) {
        return storium.register(LibrarySchema.BOOK_STORE);
    }

    /** The authors' store, CRUD only. */
    @Bean
    Store authorStore(StoriumInstance storium) {
        return storium.defineStore(LibrarySchema.AUTHORS);
    }
}
