package dev.storium.internal.scan;

import dev.storium.schema.TableDef;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The table definitions a scan found.
 *
 * @param tables the definitions by table name, in name order
 * @param classes the fully qualified names of the classes that hold them, sorted
 * @param searched where the scan looked (class roots and patterns), for messages
 */
public record FoundSchemas(Map<String, TableDef> tables, List<String> classes, String searched) {
    public FoundSchemas {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        classes = List.copyOf(classes);
        Objects.requireNonNull(searched, "searched");
    }
}
