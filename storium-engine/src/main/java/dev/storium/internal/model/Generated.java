package dev.storium.internal.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a generated column is computed.
 *
 * @param expression the SQL expression of every dialect without its own, or null; a model diffed for one dialect (see
 *     {@link SchemaModel#forDialect}) holds that dialect's expression here, and a live model the database's
 * @param byDialect the expressions of single dialects by dialect key, over {@code expression}; empty once diffed for
 *     one dialect
 * @param stored true for a stored column, false for a virtual one
 */
public record Generated(String expression, Map<String, String> byDialect, boolean stored) {

    public Generated {
        byDialect = byDialect == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byDialect));
    }

    /** A generated column of one expression, as a live database or a model for one dialect has it. */
    public static Generated of(String expression, boolean stored) {
        return new Generated(expression, Map.of(), stored);
    }

    /** The expression of the dialect of that key: its own, else the common one; null when there is neither. */
    public String expression(String dialectKey) {
        return byDialect.getOrDefault(dialectKey, expression);
    }

    /** This column's computation as one dialect sees it: that dialect's expression only. */
    Generated forDialect(String dialectKey) {
        return of(expression(dialectKey), stored);
    }
}
