package com.example.seeds;

import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import java.util.Map;

public final class Users implements Seed {
    @Override
    public String name() {
        return "001_users";
    }

    @Override
    public void run(SeedContext ctx) {
        ctx.store("users").create(Map.of("email", "alice@example.com", "name", "Alice"));
        ctx.store("users").create(Map.of("email", "bob@example.com", "name", "Bob"));
    }
}
