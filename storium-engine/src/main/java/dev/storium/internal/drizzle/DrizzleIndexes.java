package dev.storium.internal.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storium.config.Dialect;
import dev.storium.internal.model.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * A drizzle-kit snapshot's index as Storium's: on PostgreSQL each key part is an object (a column or an expression,
 * its order, nulls and operator class, all three kept) with a method and a condition (an index with any expression is one on
 * expressions, a column among them written as its name); on MySQL and SQLite the key parts are names
 * (SQLite: with a condition), and the snapshot's {@code internal.indexes} says which are expressions.
 */
final class DrizzleIndexes {
    private DrizzleIndexes() {}

    /** The index of {@code node} in table {@code where}, warning in {@code warnings} about what is left out. */
    static Index of(Dialect dialect, String where, JsonNode node, List<String> warnings) {
        String name = node.path("name").asText();
        String at = where + ", index " + name;
        List<String> parts = new ArrayList<>();
        boolean anyExpression = false;
        List<Boolean> descending = new ArrayList<>();
        List<String> opclasses = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        for (JsonNode part : node.path("columns")) {
            if (part.isObject()) {
                anyExpression |= part.path("isExpression").asBoolean(false);
                parts.add(part.path("expression").asText());
                boolean asc = part.path("asc").asBoolean(true);
                descending.add(!asc);
                nulls.add(part.path("nulls").asText(asc ? "last" : "first")); // Index keeps only the unusual
                opclasses.add(part.hasNonNull("opclass") ? part.path("opclass").asText() : null);
            } else {
                parts.add(part.asText());
                descending.add(false);
                nulls.add(null);
                opclasses.add(null);
            }
        }
        if (node.path("with").size() > 0 || node.path("concurrently").asBoolean(false)) {
            warnings.add(at + ": its storage parameters (with) and CONCURRENTLY are not part of Storium's model");
        }
        String method = node.hasNonNull("method")
                ? node.path("method").asText()
                : node.path("using").asText(null);
        String condition = node.hasNonNull("where") ? node.path("where").asText() : null;
        return new Index(
                name,
                anyExpression ? List.of() : parts,
                node.path("isUnique").asBoolean(false),
                condition,
                false,
                descending,
                dialect == Dialect.POSTGRESQL ? method : null,
                List.of(),
                anyExpression ? parts : List.of(),
                opclasses,
                nulls);
    }
}
