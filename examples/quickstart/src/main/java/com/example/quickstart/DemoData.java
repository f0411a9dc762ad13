package com.example.quickstart;

import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import dev.storium.store.Store;
import java.util.Map;

/**
 * Demo rows for the quick start: one author and her first post. Seeds run on every {@code storium:seed}, so this one
 * looks before it writes and can be run again.
 */
public final class DemoData implements Seed {
    @Override
    public void run(SeedContext ctx) {
        Store users = ctx.store("users");
        Store posts = ctx.store("posts");
        if (users.findOne(Map.of("email", "alice@example.com")).isEmpty()) {
            users.create(Map.of("email", "alice@example.com", "displayName", "Alice"));
        }
        Object alice = users.ref(Map.of("email", "alice@example.com"));
        if (posts.findOne(Map.of("authorId", alice)).isEmpty()) {
            posts.create(Map.of("authorId", alice, "title", "Hello, Storium", "body", "Tables defined in Java."));
        }
    }
}
