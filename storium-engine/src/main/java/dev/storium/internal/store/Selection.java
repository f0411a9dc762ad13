package dev.storium.internal.store;

import dev.storium.schema.ColumnMeta;
import dev.storium.schema.TableMeta;
import dev.storium.store.Options;
import dev.storium.store.Order;
import dev.storium.store.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectQuery;
import org.jooq.SortField;

/** The select of a store's read calls, built from their conditions and options, and its rows read back as values. */
final class Selection {
    private final TableMeta meta;
    private final StorageTable table;
    private final Conditions conditions;

    Selection(TableMeta meta, StorageTable table, Conditions conditions) {
        this.meta = meta;
        this.table = table;
        this.conditions = conditions;
    }

    /** The rows matching {@code where}, ordered, limited and offset as the options say, hidden columns left out. */
    List<Row> rows(DSLContext db, List<Condition> where, Options options, String operation) {
        List<ColumnMeta> columns = meta.columns().stream()
                .filter(c -> options.includeHidden() || !c.hidden())
                .toList();
        SelectQuery<Record> query = db.selectQuery();
        columns.forEach(c -> query.addSelect(table.byKey(c.key())));
        query.addFrom(table);
        query.addConditions(where);
        query.addOrderBy(order(options, operation));
        if (options.limit() != null) {
            query.addLimit(options.limit());
        }
        if (options.offset() != null) {
            query.addOffset(options.offset());
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : Statements.run(meta.name(), query::fetch, operation)) {
            rows.add(row(columns, record));
        }
        return rows;
    }

    private List<SortField<?>> order(Options options, String operation) {
        List<SortField<?>> order = new ArrayList<>();
        for (Order o : options.orderBy()) {
            Field<Object> field =
                    table.byKey(conditions.column(o.key(), operation).key());
            order.add(o.descending() ? field.desc() : field.asc());
        }
        return order;
    }

    private Row row(List<ColumnMeta> columns, Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c.key(), table.storage(c.key()).fromDb(record.get(table.byKey(c.key())))));
        return new Row(values);
    }
}
