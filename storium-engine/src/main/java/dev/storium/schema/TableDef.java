package dev.storium.schema;

import org.jooq.Record;
import org.jooq.impl.TableImpl;

/** A Storium table definition and a jOOQ table. PLACEHOLDER: owned by the DSL work. */
public final class TableDef extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    TableDef(String name) {
        super(org.jooq.impl.DSL.name(name));
    }
}
