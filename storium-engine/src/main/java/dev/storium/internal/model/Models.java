package dev.storium.internal.model;

import dev.storium.schema.TableDef;
import java.util.Collection;

/** Converts table definitions to the schema model. PLACEHOLDER: owned by the DSL work. */
public final class Models {
    private Models() {}

    /** The schema model of these definitions; rename hints carried into the model. */
    public static SchemaModel fromDefinitions(Collection<TableDef> definitions) {
        throw new IllegalStateException("placeholder");
    }
}
