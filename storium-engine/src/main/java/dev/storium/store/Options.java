package dev.storium.store;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Options of one store call, immutable: start from {@link #DEFAULTS} and chain, for example
 * {@code Options.DEFAULTS.orderBy(Order.desc("createdAt")).limit(10)}. Options a call has no use for are ignored
 * ({@code limit} on {@code create}, {@code force} on reads).
 *
 * @param transaction the jOOQ context to run on (a transaction's), or null for the instance's current one
 * @param limit the most rows a read returns, or null for all
 * @param offset the rows a read skips, or null for none
 * @param orderBy the sort keys of a read, in order
 * @param includeHidden whether reads return hidden columns too
 * @param force whether create and update skip validation and transforms
 */
public record Options(
        DSLContext transaction,
        Integer limit,
        Integer offset,
        List<Order> orderBy,
        boolean includeHidden,
        boolean force) {

    /** No transaction, limit, offset or order; hidden columns left out; validated. */
    public static final Options DEFAULTS = new Options(null, null, null, List.of(), false, false);

    public Options {
        orderBy = List.copyOf(orderBy);
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit cannot be less than 0");
        }
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException("offset cannot be less than 0");
        }
    }

    /** These options, run on the given jOOQ context (such as the {@code tx} of {@code transaction(tx -> ...)}). */
    public Options transaction(DSLContext context) {
        return new Options(context, limit, offset, orderBy, includeHidden, force);
    }

    /** These options, run on the given jOOQ configuration (such as one jOOQ passes to a transaction). */
    public Options transaction(Configuration configuration) {
        return transaction(DSL.using(configuration));
    }

    /** These options with at most {@code rows} rows read. */
    public Options limit(int rows) {
        return new Options(transaction, rows, offset, orderBy, includeHidden, force);
    }

    /** These options with the first {@code rows} rows skipped. */
    public Options offset(int rows) {
        return new Options(transaction, limit, rows, orderBy, includeHidden, force);
    }

    /** These options sorted by these keys, after any given before. */
    public Options orderBy(Order first, Order... more) {
        List<Order> all = new ArrayList<>(orderBy);
        all.add(first);
        all.addAll(List.of(more));
        return new Options(transaction, limit, offset, all, includeHidden, force);
    }

    /** These options with hidden columns returned ({@code true}) or left out. */
    public Options includeHidden(boolean include) {
        return new Options(transaction, limit, offset, orderBy, include, force);
    }

    /** These options with validation skipped ({@code true}) or run. */
    public Options force(boolean skipValidation) {
        return new Options(transaction, limit, offset, orderBy, includeHidden, skipValidation);
    }
}
