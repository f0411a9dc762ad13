package dev.storium.internal.diff;

import dev.storium.internal.model.SchemaModel;
import java.util.List;

/** Computes the ordered changes from one schema model to the next. PLACEHOLDER: owned by the diff work. */
public final class Differ {
    private Differ() {}

    /** The changes that turn {@code previous} into {@code next}, honouring rename hints found in {@code next}. */
    public static List<SchemaChange> diff(SchemaModel previous, SchemaModel next) {
        throw new IllegalStateException("placeholder");
    }
}
