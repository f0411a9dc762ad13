package dev.storium.internal.diff;

import java.util.List;

/** Refuses changes that lose data unless allowed. PLACEHOLDER: owned by the diff work. */
public final class DataLossGuard {
    private DataLossGuard() {}

    /**
     * Throws a {@code StoriumException} with code {@code DATA_LOSS} listing every change that drops data, narrows a
     * type, or adds a NOT NULL column without a default to an existing table, unless {@code allowDataLoss}.
     */
    public static void check(List<SchemaChange> changes, boolean allowDataLoss) {
        throw new IllegalStateException("placeholder");
    }
}
