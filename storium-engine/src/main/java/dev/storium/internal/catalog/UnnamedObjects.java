package dev.storium.internal.catalog;

import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables and views of a database that the DSL cannot name: a table or a column, or a view, whose name is not 1 to
 * 63 of {@code A-Z a-z 0-9 _} (SQLite's and Access's {@code [Order Details]}), and the foreign keys and views that
 * reference or read one of them. The catalog does not read them, as it does not read a schema the DSL cannot name: the
 * code cannot declare them, so pull leaves them out with a warning each, and push and check leave them alone rather
 * than drop them.
 */
final class UnnamedObjects {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");

    /** The names of the tables left out, in the order read. */
    private final Set<String> tables = new LinkedHashSet<>();

    /** What is left out, each for a warning, by object. */
    private final Map<String, Omission> omissions = new LinkedHashMap<>();

    /** The tables the DSL can name, without their foreign keys to the others, noting what is left out. */
    List<LiveTable> tables(List<LiveTable> read) {
        List<LiveTable> named = new ArrayList<>();
        for (LiveTable live : read) {
            String name = live.table().name();
            Optional<String> column = live.table().columns().stream()
                    .map(Column::name)
                    .filter(c -> !NAME.matcher(c).matches())
                    .findFirst();
            if (NAME.matcher(QualifiedNames.local(name)).matches() && column.isEmpty()) {
                named.add(live);
                continue;
            }
            tables.add(name);
            String what = column.map(c -> "its column \"" + c + "\"").orElse("its name");
            omissions.put(
                    "table " + name,
                    Omission.of(
                            null,
                            "table " + name,
                            "is not read: " + what + " is not one the DSL can declare (1 to 63 of A-Z a-z 0-9 _);"
                                    + " push and check leave it alone, and migration 0000 lacks it: keep it in a"
                                    + " custom migration, or rename it and pull again"));
        }
        List<LiveTable> kept = new ArrayList<>();
        for (LiveTable live : named) {
            Table table = live.table();
            List<ForeignKey> keys = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                if (!tables.contains(key.refTable())) {
                    keys.add(key);
                    continue;
                }
                String what = "table " + table.name() + ", foreign key (" + String.join(", ", key.columns()) + ")";
                omissions.put(
                        what,
                        Omission.of(
                                table.name(),
                                what,
                                "is not read: it references " + key.refTable() + ", which is not read; push and check"
                                        + " leave it alone, and migration 0000 lacks it: keep it in a custom migration"));
            }
            kept.add(
                    keys.size() == table.foreignKeys().size()
                            ? live
                            : new LiveTable(
                                    table.with(table.columns(), table.indexes(), keys),
                                    live.storage(),
                                    live.defaultCollation()));
        }
        return kept;
    }

    /**
     * The views the DSL can name and that read no object left out (a view reading a view left out is left out too),
     * noting the others; {@link #tables} first.
     */
    List<View> views(List<View> read) {
        Set<String> out = new LinkedHashSet<>(tables);
        List<View> named = new ArrayList<>(read);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (View view : List.copyOf(named)) {
                String reason = null;
                if (!NAME.matcher(QualifiedNames.local(view.name())).matches()) {
                    reason = "is not read: its name is not one the DSL can declare (1 to 63 of A-Z a-z 0-9 _)";
                } else {
                    // the longest name first: a view reading [Order Details Extended] reads that, not [Order Details]
                    String reads = out.stream()
                            .sorted(java.util.Comparator.comparingInt(String::length)
                                    .reversed())
                            .filter(name -> reads(view, name))
                            .findFirst()
                            .orElse(null);
                    if (reads != null) {
                        reason = "is not read: it reads " + reads + ", which is not read";
                    }
                }
                if (reason != null) {
                    named.remove(view);
                    out.add(view.name());
                    omissions.put(
                            "view " + view.name(),
                            Omission.of(
                                    null,
                                    "view " + view.name(),
                                    reason + "; push and check leave it alone, and migration 0000 lacks it: keep it"
                                            + " in a custom migration"));
                    changed = true;
                }
            }
        }
        return named;
    }

    /** Each object left out, for pull's warnings. */
    List<Omission> omissions() {
        return List.copyOf(omissions.values());
    }

    /** True when the view's query names {@code object}, as a word (quoted or bracketed names included). */
    private static boolean reads(View view, String object) {
        return Pattern.compile(
                        "(?i)(?<![A-Za-z0-9_])" + Pattern.quote(QualifiedNames.local(object)) + "(?![A-Za-z0-9_])")
                .matcher(view.definition())
                .find();
    }
}
