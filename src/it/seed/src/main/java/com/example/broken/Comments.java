package com.example.broken;

import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import java.util.Map;

/** Writes a post, then refers to a user that does not exist: ref(...) fails and the post is rolled back. */
public final class Comments implements Seed {
    @Override
    public String name() {
        return "003_comments";
    }

    @Override
    public void run(SeedContext ctx) {
        Object alice = ctx.store("users").ref(Map.of("email", "alice@example.com"));
        ctx.store("posts").create(Map.of("title", "Rolled back", "authorId", alice));
        ctx.store("posts").create(Map.of(
                "title", "Never written", "authorId", ctx.store("users").ref(Map.of("email", "nobody@example.com"))));
    }
}
