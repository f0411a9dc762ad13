package com.example.db;

import static dev.storium.store.StoreDefinition.defineStore;

import dev.storium.store.Row;
import dev.storium.store.Store;
import dev.storium.store.StoreDefinition;
import java.util.Map;
import java.util.Optional;

/** The users store with a custom query; the seed runner finds DEFINITION and registers it. */
public final class UserStore {
    public static final StoreDefinition<UserStore> DEFINITION = defineStore(AppSchema.USERS).queries(UserStore::new);

    private final Store ctx;

    public UserStore(Store ctx) {
        this.ctx = ctx;
    }

    public Optional<Row> findByEmail(String email) {
        return ctx.findOne(Map.of("email", email));
    }

    public Store crud() {
        return ctx;
    }
}
