package dev.storium.internal.store;

import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Update;

/**
 * Counts the rows that the statements jOOQ runs insert, update or delete: a statement's update count, or, where the
 * statement returns its rows instead ({@code INSERT ... RETURNING} on PostgreSQL and H2), the rows it returned; each
 * statement of a batch (one row for a statement whose count the driver does not report). Reads, DDL and routines count
 * nothing.
 */
public final class WriteCounter implements ExecuteListener {
    private final AtomicLong rows = new AtomicLong();

    @Override
    public void end(ExecuteContext ctx) {
        if (ctx.type() == ExecuteType.BATCH && ctx.batchRows() != null) {
            for (int count : ctx.batchRows()) {
                rows.addAndGet(count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0));
            }
        } else if (writes(ctx)) {
            if (ctx.rows() >= 0) {
                rows.addAndGet(ctx.rows());
            } else if (ctx.result() != null) {
                rows.addAndGet(ctx.result().size());
            }
        }
    }

    private static boolean writes(ExecuteContext ctx) {
        return ctx.type() == ExecuteType.WRITE
                || ctx.query() instanceof Insert
                || ctx.query() instanceof Update
                || ctx.query() instanceof Delete
                || ctx.query() instanceof Merge;
    }

    /** The rows counted so far. */
    public long rows() {
        return rows.get();
    }
}
