package dev.storium.options;

/**
 * Options of one generate run.
 *
 * @param name the migration name (the part after {@code NNNN_}), or null to derive it from the changes
 * @param custom write an empty migration for hand-written SQL, carrying the schema unchanged
 * @param allowDataLoss allow drops, narrowing type changes and NOT NULL columns without a default
 */
public record GenerateOptions(String name, boolean custom, boolean allowDataLoss) {
    /** No name, not custom, no data loss allowed. */
    public static final GenerateOptions DEFAULTS = new GenerateOptions(null, false, false);
}
