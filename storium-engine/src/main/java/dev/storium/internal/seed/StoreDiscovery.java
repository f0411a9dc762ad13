package dev.storium.internal.seed;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.scan.ClassFilter;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.scan.StaticField;
import dev.storium.internal.scan.StaticFieldScan;
import dev.storium.options.SchemaSource;
import dev.storium.schema.TableDef;
import dev.storium.store.StoreDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the project's stores live on an instance, in two phases: first the store definitions of the classes matching
 * {@code stores} (with their custom queries), then CRUD-only stores for the table definitions found by the schema
 * scan that no store definition covers. Phase 1 wins per table name.
 */
final class StoreDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(StoreDiscovery.class);

    private StoreDiscovery() {}

    /** Registers the stores and returns the names of their tables, sorted. */
    static Set<String> register(SeedTarget instance, SchemaSource source) {
        Set<String> tables = new TreeSet<>(definitions(instance, source));
        for (Map.Entry<String, TableDef> table :
                SchemaScan.collect(instance.config().schema(), source).tables().entrySet()) {
            if (tables.contains(table.getKey())) {
                continue;
            }
            if (table.getValue().storium().primaryKey().isEmpty()) {
                LOG.debug("No store for table {}: it has no primary key", table.getKey());
                continue;
            }
            instance.defineStore(table.getValue());
            tables.add(table.getKey());
        }
        return tables;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<StoreDefinition<?>> DEFINITION = (Class) StoreDefinition.class;

    private static Set<String> definitions(SeedTarget instance, SchemaSource source) {
        ClassFilter filter = new ClassFilter("stores", instance.config().stores());
        Map<String, StaticField<StoreDefinition<?>>> byTable = new LinkedHashMap<>();
        for (StaticField<StoreDefinition<?>> found : new StaticFieldScan<>(DEFINITION, filter, source).find()) {
            String table = found.value().table().storium().name();
            StaticField<StoreDefinition<?>> earlier = byTable.putIfAbsent(table, found);
            if (earlier != null && earlier.value() != found.value()) {
                throw new StoriumException(
                        ErrorCode.SCHEMA_DEFINITION,
                        "The store of table " + table + " is defined twice: by " + earlier.where() + " and by "
                                + found.where() + ". Fix: keep one store definition per table, or narrow the"
                                + " `stores` patterns to the classes you mean.");
            }
        }
        for (StaticField<StoreDefinition<?>> found : byTable.values()) {
            register(instance, found.value());
            LOG.debug(
                    "Store of table {} from {}", found.value().table().storium().name(), found.where());
        }
        return byTable.keySet();
    }

    private static <S> void register(SeedTarget instance, StoreDefinition<S> definition) {
        instance.register(definition);
    }
}
