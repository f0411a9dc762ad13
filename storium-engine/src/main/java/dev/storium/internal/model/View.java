package dev.storium.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * A view: a named query the database keeps, for the dialect of the model.
 *
 * @param name the view's database name, unique among the schema's tables and views
 * @param definition the query as the code writes it for the dialect (the databases rewrite it; see {@code Alignment}
 *     for how a read-back query is compared)
 * @param dependsOn the tables and views the code declares it reads (the differ also finds the names its query holds)
 * @param materialized true for a materialized view (PostgreSQL only)
 */
public record View(String name, String definition, List<String> dependsOn, boolean materialized) {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        if (definition.isBlank()) {
            throw new IllegalArgumentException("view " + name + " has no query");
        }
        dependsOn = List.copyOf(dependsOn);
    }

    /** This view with the query and kind of {@code other}: the same statement, whatever each declares it reads. */
    public boolean sameQuery(View other) {
        return definition.equals(other.definition) && materialized == other.materialized;
    }
}
