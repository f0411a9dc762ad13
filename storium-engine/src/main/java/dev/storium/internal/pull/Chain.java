package dev.storium.internal.pull;

import java.util.ArrayList;
import java.util.List;

/**
 * One DSL expression as a start and its chained calls ({@code column("email", VARCHAR)}, {@code .maxLength(200)},
 * {@code .notNull()}), written on one line when it fits and one call a line when it does not.
 */
final class Chain {
    /** The widest line the writer aims for, as the project's formatter. */
    static final int WIDTH = 120;

    private final String start;
    private final List<String> calls = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Chain(String start) {
        this.start = start;
    }

    /** Appends {@code .name(arguments)}. */
    Chain call(String name, String... arguments) {
        calls.add("." + name + "(" + String.join(", ", arguments) + ")");
        return this;
    }

    /** Adds a comment written on the line before the expression: why something of the database is not in it. */
    Chain note(String text) {
        notes.add(text);
        return this;
    }

    /** The expression on one line. */
    String inline() {
        return start + String.join("", calls);
    }

    /**
     * The expression as lines starting at {@code indent} spaces, with {@code end} after its last call: one line when
     * it fits in {@link #WIDTH}, else each call on a line of its own, indented eight more.
     */
    List<String> lines(int indent, String end) {
        String one = " ".repeat(indent) + inline() + end;
        if (one.length() <= WIDTH || calls.isEmpty()) {
            return List.of(one);
        }
        List<String> lines = new ArrayList<>();
        lines.add(" ".repeat(indent) + start);
        for (int i = 0; i < calls.size(); i++) {
            lines.add(" ".repeat(indent + 8) + calls.get(i) + (i == calls.size() - 1 ? end : ""));
        }
        return lines;
    }

    /**
     * {@code .name(item, item)} with each item an expression: on one line after {@code prefix} when that fits, else
     * each item on its own lines indented eight more than {@code indent}, separated by commas.
     */
    static List<String> list(int indent, String name, List<Chain> items, String end) {
        String one = " ".repeat(indent) + "." + name + "("
                + String.join(", ", items.stream().map(Chain::inline).toList()) + ")" + end;
        if (one.length() <= WIDTH && items.stream().allMatch(item -> item.notes.isEmpty())) {
            return List.of(one);
        }
        List<String> lines = new ArrayList<>();
        lines.add(" ".repeat(indent) + "." + name + "(");
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            items.get(i).notes.forEach(note -> lines.add(" ".repeat(indent + 8) + "// " + note));
            lines.addAll(items.get(i).lines(indent + 8, last ? ")" + end : ","));
        }
        return lines;
    }
}
