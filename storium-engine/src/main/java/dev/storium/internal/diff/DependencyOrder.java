package dev.storium.internal.diff;

import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders tables so that a table comes after the tables its foreign keys reference, as far as cycles allow. */
final class DependencyOrder {
    private DependencyOrder() {}

    /**
     * The tables, referenced ones first; among tables free to go, name order. When only a cycle remains, the first
     * remaining table by name goes next, and its keys into the cycle point forward.
     */
    static List<Table> parentsFirst(Collection<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        remaining.sort(Comparator.comparing(Table::name));
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream()
                    .filter(t -> !waitsFor(t, remaining))
                    .findFirst()
                    .orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /**
     * The tables, referencing ones first: the order in which they can be dropped. Ties and cycles are broken by name as
     * in {@link #parentsFirst}.
     */
    static List<Table> childrenFirst(Collection<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        remaining.sort(Comparator.comparing(Table::name));
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream()
                    .filter(t -> remaining.stream().noneMatch(other -> other != t && waitsFor(other, List.of(t))))
                    .findFirst()
                    .orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static boolean waitsFor(Table table, List<Table> remaining) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.refTable().equals(table.name())) {
                continue;
            }
            if (remaining.stream().anyMatch(t -> t.name().equals(fk.refTable()))) {
                return true;
            }
        }
        return false;
    }
}
