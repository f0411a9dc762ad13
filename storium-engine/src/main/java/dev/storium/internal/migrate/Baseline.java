package dev.storium.internal.migrate;

import dev.storium.BaselineResult;
import dev.storium.config.StoriumConfig;

/** The baseline command. PLACEHOLDER: owned by the migrate work. */
public final class Baseline {
    private Baseline() {}

    /** Records the files up to and including {@code target} (a tag or its number) as applied without running them. */
    public static BaselineResult run(StoriumConfig config, String target) {
        throw new IllegalStateException("placeholder");
    }
}
