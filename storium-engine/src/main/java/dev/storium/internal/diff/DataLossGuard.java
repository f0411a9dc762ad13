package dev.storium.internal.diff;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Table;
import dev.storium.internal.text.Phrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses changes that lose data unless allowed: dropping a table or column, narrowing a column's type (see
 * {@link Widening}), and adding a NOT NULL column without a default to an existing table, whose rows have no value
 * for it. The refusal lists each such change on its own line, then the ways forward: a rename hint where a drop and
 * an add look like a rename, a default or a nullable first step for a backfill, and the flag that accepts the loss.
 */
public final class DataLossGuard {
    /** The system property that accepts data loss, as users type it. */
    static final String ALLOW_FLAG = "-Dstorium.allowDataLoss=true";

    private DataLossGuard() {}

    /**
     * Throws a {@code StoriumException} with code {@code DATA_LOSS} listing every change that drops data, narrows a
     * type, or adds a NOT NULL column without a default to an existing table, unless {@code allowDataLoss}.
     */
    public static void check(List<SchemaChange> changes, boolean allowDataLoss) {
        List<SchemaChange> risky = risky(changes);
        if (allowDataLoss || risky.isEmpty()) {
            return;
        }
        List<String> lines = risky.stream().map(DataLossGuard::line).collect(Collectors.toList());
        throw new StoriumException(
                ErrorCode.DATA_LOSS, refusal("generate", "written", lines, fixes(changes), ALLOW_FLAG));
    }

    /**
     * The refusal of a goal ({@code generate}, {@code push}) whose changes would lose data: the risk lines, the ways to
     * keep the data, and the flag that accepts the loss. {@code untouched} says what was left alone: "written",
     * "changed".
     */
    public static String refusal(String goal, String untouched, List<String> lines, List<String> ways, String flag) {
        StringBuilder message = new StringBuilder("Refusing to ")
                .append(goal)
                .append(": ")
                .append(Phrases.count(lines.size(), "change"))
                .append(" would lose data or fail on existing rows, and nothing was ")
                .append(untouched)
                .append(".\n");
        lines.forEach(line -> message.append("  ").append(line).append('\n'));
        message.append("Ways forward:\n");
        ways.forEach(way -> message.append("  ").append(way).append('\n'));
        return message.append("  to accept the loss, run again with ")
                .append(flag)
                .toString();
    }

    /** The changes that lose data or need a backfill, in the given order. */
    static List<SchemaChange> risky(List<SchemaChange> changes) {
        return changes.stream().filter(c -> line(c) != null).collect(Collectors.toList());
    }

    /** The line that explains why the change is risky, or null when it is not. */
    private static String line(SchemaChange change) {
        return change.accept(RiskLine.ASSUMING_ROWS);
    }

    /** The suggestions for these changes: rename hints first, then the backfill advice. */
    private static List<String> fixes(List<SchemaChange> changes) {
        List<String> fixes = new ArrayList<>();
        fixes.addAll(columnRenames(changes));
        fixes.addAll(tableRenames(changes));
        List<String> backfills = changes.stream()
                .filter(c -> c instanceof SchemaChange.AddColumn && ((SchemaChange.AddColumn) c).needsBackfill())
                .map(c ->
                        c.table() + "." + ((SchemaChange.AddColumn) c).column().name())
                .collect(Collectors.toList());
        if (!backfills.isEmpty()) {
            fixes.add("for " + String.join(", ", backfills)
                    + ": give it a default (.defaultValue(...)) or add it nullable, fill it, then make it notNull");
        }
        return fixes;
    }

    /** A dropped column and an added column of the same type in one table look like a rename without a hint. */
    private static List<String> columnRenames(List<SchemaChange> changes) {
        List<String> fixes = new ArrayList<>();
        Set<SchemaChange> paired = new HashSet<>();
        for (SchemaChange change : changes) {
            if (!(change instanceof SchemaChange.DropColumn)) {
                continue;
            }
            SchemaChange.DropColumn drop = (SchemaChange.DropColumn) change;
            changes.stream()
                    .filter(c -> c instanceof SchemaChange.AddColumn && !paired.contains(c))
                    .map(c -> (SchemaChange.AddColumn) c)
                    .filter(add -> add.table().equals(drop.table()) && sameType(add.column(), drop.column()))
                    .findFirst()
                    .ifPresent(add -> {
                        paired.add(add);
                        fixes.add("if " + drop.table() + "." + drop.column().name() + " was renamed to "
                                + add.table() + "." + add.column().name() + ", declare column(\""
                                + camelCase(add.column().name()) + "\", "
                                + add.column().type()
                                + ").renamedFrom(\"" + drop.column().name() + "\")");
                    });
        }
        return fixes;
    }

    /** A dropped table and a created table with the same columns look like a rename without a hint. */
    private static List<String> tableRenames(List<SchemaChange> changes) {
        List<String> fixes = new ArrayList<>();
        Set<SchemaChange> paired = new HashSet<>();
        for (SchemaChange change : changes) {
            if (!(change instanceof SchemaChange.DropTable)) {
                continue;
            }
            Table dropped = ((SchemaChange.DropTable) change).definition();
            changes.stream()
                    .filter(c -> c instanceof SchemaChange.CreateTable && !paired.contains(c))
                    .filter(c ->
                            columns(((SchemaChange.CreateTable) c).definition()).equals(columns(dropped)))
                    .findFirst()
                    .ifPresent(create -> {
                        paired.add(create);
                        fixes.add("if " + dropped.name() + " was renamed to " + create.table()
                                + ", declare defineTable(\"" + create.table() + "\").renamedFrom(\"" + dropped.name()
                                + "\")");
                    });
        }
        return fixes;
    }

    private static Set<String> columns(Table table) {
        return table.columns().stream()
                .map(c -> c.name() + " " + Widening.typeText(c))
                .collect(Collectors.toSet());
    }

    private static boolean sameType(Column a, Column b) {
        return a.type() == b.type() && a.items() == b.items();
    }

    /** The DSL key of a snake_case column name, such as {@code fullName} for {@code full_name}. */
    static String camelCase(String snake) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = key.length() > 0;
            } else {
                key.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return key.toString();
    }
}
