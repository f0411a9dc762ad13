package dev.storium.internal.catalog;

import dev.storium.internal.model.Table;
import java.util.Map;
import java.util.Objects;

/**
 * One table as a catalog reader found it: the model read from the catalog alone, and each column's storage key (see
 * {@link Storage}) by column name, which decides whether a code column of another Storium type is stored alike; and
 * the table's default collation where the catalog reports one for every text column (MySQL): a column whose collation
 * is the table's reads as having none of its own, and a code column that names the table's collation is alike.
 */
record LiveTable(Table table, Map<String, String> storage, String defaultCollation) {
    LiveTable {
        Objects.requireNonNull(table, "table");
        storage = Map.copyOf(storage);
    }

    /** This table with the table's comment as the catalog reports it. */
    LiveTable withComment(String comment) {
        return new LiveTable(table.withComment(comment), storage, defaultCollation);
    }

    /** A table whose catalog reports a column's collation only when the column has its own. */
    LiveTable(Table table, Map<String, String> storage) {
        this(table, storage, null);
    }
}
