package dev.storium.internal.catalog;

import dev.storium.internal.model.Table;
import java.util.Map;
import java.util.Objects;

/**
 * One table as a catalog reader found it: the model read from the catalog alone, and each column's storage key (see
 * {@link Storage}) by column name, which decides whether a code column of another Storium type is stored alike.
 */
record LiveTable(Table table, Map<String, String> storage) {
    LiveTable {
        Objects.requireNonNull(table, "table");
        storage = Map.copyOf(storage);
    }

    /** This table with the table's comment as the catalog reports it. */
    LiveTable withComment(String comment) {
        return new LiveTable(table.withComment(comment), storage);
    }
}
