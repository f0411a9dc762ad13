package com.example.seeds;

import com.example.db.UserStore;
import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import dev.storium.store.Row;
import java.util.Map;

public final class Posts implements Seed {
    @Override
    public String name() {
        return "002_posts";
    }

    @Override
    public void run(SeedContext ctx) {
        UserStore users = ctx.store("users", UserStore.class);
        Row alice = users.findByEmail("alice@example.com").orElseThrow();
        ctx.stores().get("posts").create(Map.of("title", "Written by " + alice.get("name"), "authorId", alice.get("id")));
        ctx.stores().get("posts").create(Map.of(
                "title", "Bob's first post",
                "authorId", users.crud().ref(Map.of("email", "bob@example.com"))));
    }
}
