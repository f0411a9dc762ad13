package dev.storium.schema;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Table-level access flags, the counterpart of the original's {@code .access({hidden, readonly})}: built with
 * {@code access().hidden("bio").readonly("slug")} and applied with {@link TableDef#access(Access)}. The flags add to
 * those set on the columns themselves.
 *
 * @param hidden the DSL keys of hidden columns
 * @param readonly the DSL keys of readonly columns
 */
public record Access(Set<String> hidden, Set<String> readonly) {

    public Access {
        hidden = Set.copyOf(hidden);
        readonly = Set.copyOf(readonly);
    }

    /** This access plus the given hidden columns. */
    public Access hidden(String... keys) {
        return new Access(union(hidden, keys), readonly);
    }

    /** This access plus the given readonly columns. */
    public Access readonly(String... keys) {
        return new Access(hidden, union(readonly, keys));
    }

    private static Set<String> union(Set<String> set, String... keys) {
        Set<String> all = new LinkedHashSet<>(set);
        all.addAll(Arrays.asList(keys));
        return all;
    }
}
