package dev.storium.internal.store;

import dev.storium.config.Dialect;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.schema.ColumnMeta;
import dev.storium.schema.TableMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * A table as a store reads and writes it on one dialect: the same name and columns as the definition, each field typed
 * as the dialect stores it ({@link ColumnStorage}), so that uuid, timestamp, JSON and array values bind the same way on
 * every database. A serial column is the table's identity, which lets jOOQ hand back generated keys.
 */
final class StorageTable extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, TableField<Record, Object>> fields = new LinkedHashMap<>();
    private final transient Map<String, ColumnStorage> storage = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    StorageTable(TableMeta meta, Dialect dialect) {
        // sales.orders: the table orders in the schema sales
        super(
                DSL.name(QualifiedNames.local(meta.name())),
                QualifiedNames.schema(meta.name())
                        .map(schema -> DSL.schema(DSL.name(schema)))
                        .orElse(null));
        for (ColumnMeta column : meta.columns()) {
            ColumnStorage stored = ColumnStorage.of(dialect, column);
            storage.put(column.key(), stored);
            fields.put(column.key(), (TableField<Record, Object>)
                    createField(DSL.name(column.dbName()), (org.jooq.DataType<Object>) stored.dataType()));
        }
    }

    /** The field of the column with this DSL key; the key must exist. */
    TableField<Record, Object> byKey(String key) {
        return fields.get(key);
    }

    /** The storage of the column with this DSL key; the key must exist. */
    ColumnStorage storage(String key) {
        return storage.get(key);
    }

    /** The value as bound to the column with this DSL key: in its storage form, or as given when forced so. */
    Object bindable(String key, Object value) {
        return value instanceof Pipeline.AsGiven
                ? ((Pipeline.AsGiven) value).value()
                : storage(key).toDb(value);
    }
}
