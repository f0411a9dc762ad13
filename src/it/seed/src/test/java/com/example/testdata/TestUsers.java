package com.example.testdata;

import com.example.db.UserStore;
import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import java.util.Map;

/** Data only the tests need: listed in the test resources, run with storium.includeTestClasses. */
public final class TestUsers implements Seed {
    @Override
    public String name() {
        return "900_test_users";
    }

    @Override
    public void run(SeedContext ctx) {
        UserStore users = ctx.store("users", UserStore.class);
        if (users.findByEmail("carol@test.example").isEmpty()) {
            users.crud().create(Map.of("email", "carol@test.example", "name", "Carol"));
        }
    }
}
