package dev.storium.docs.context;

import dev.storium.store.Row;
import dev.storium.store.Store;
import java.util.Map;
import java.util.Optional;

/** The tutorial's typed store of users (docs/stores.md). */
public final class UserStore {
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
