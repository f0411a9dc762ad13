package dev.storium.schema;

import dev.storium.config.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a generated column is computed: its expression, the expressions of the dialects that write it otherwise, and
 * whether it is stored.
 *
 * @param expression the expression of every dialect without its own, or null when each dialect has its own
 * @param byDialect the expressions of single dialects, over {@code expression}
 * @param stored true for a stored column (computed on write), false for a virtual one (computed on read)
 */
public record GeneratedMeta(String expression, Map<Dialect, String> byDialect, boolean stored) {

    public GeneratedMeta {
        byDialect = byDialect == null || byDialect.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(byDialect));
    }

    /** The expression of a dialect: its own, else the common one; null when there is neither. */
    public String expression(Dialect dialect) {
        return byDialect.getOrDefault(dialect, expression);
    }
}
