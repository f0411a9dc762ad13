package dev.storium.internal.push;

import dev.storium.PushOptions;
import dev.storium.PushResult;
import dev.storium.SchemaSource;
import dev.storium.config.StoriumConfig;

/** The push command. PLACEHOLDER: owned by the push work. */
public final class Push {
    private Push() {}

    /** Reads the live schema, diffs it against the code and applies the statements. */
    public static PushResult run(StoriumConfig config, SchemaSource source, PushOptions options) {
        throw new IllegalStateException("placeholder");
    }
}
