package dev.storium.internal.migrate;

import dev.storium.RepairResult;
import dev.storium.config.StoriumConfig;

/** The repair command. PLACEHOLDER: owned by the migrate work. */
public final class Repair {
    private Repair() {}

    /** Removes failed history rows and re-aligns stored hashes with the files, logging each change. */
    public static RepairResult run(StoriumConfig config) {
        throw new IllegalStateException("placeholder");
    }
}
