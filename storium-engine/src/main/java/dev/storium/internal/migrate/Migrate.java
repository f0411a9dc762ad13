package dev.storium.internal.migrate;

import dev.storium.MigrateOptions;
import dev.storium.MigrateResult;
import dev.storium.config.StoriumConfig;

/** The migrate command. PLACEHOLDER: owned by the migrate work. */
public final class Migrate {
    private Migrate() {}

    /** Validates the migrations directory against the history and applies the pending files under the lock. */
    public static MigrateResult run(StoriumConfig config, MigrateOptions options) {
        throw new IllegalStateException("placeholder");
    }
}
