package dev.storium.internal.migration;

import java.util.Optional;

/**
 * A file that git left with conflict markers after a merge, split back into its two sides: lines outside the hunks
 * belong to both, the first section of a hunk ({@code <<<<<<<}) to this branch, the last ({@code =======} to
 * {@code >>>>>>>}) to the merged one; a diff3 base section ({@code |||||||}) is dropped.
 *
 * @param ours the text of this branch (HEAD)
 * @param theirs the text of the merged branch
 */
record ConflictText(String ours, String theirs) {
    private static final String START = "<<<<<<<";
    private static final String BASE = "|||||||";
    private static final String MIDDLE = "=======";
    private static final String END = ">>>>>>>";

    /** True when the text holds a line that opens a git conflict hunk. */
    static boolean hasMarkers(String text) {
        return text.startsWith(START) || text.contains("\n" + START);
    }

    /** True when {@code line} starts with one of git's markers: a hunk's opening, base, middle or closing line. */
    static boolean isMarker(String line) {
        return line.startsWith(START) || line.startsWith(BASE) || line.startsWith(MIDDLE) || line.startsWith(END);
    }

    /**
     * The two sides of {@code text}; empty when it holds no conflict markers. Throws {@link IllegalArgumentException}
     * naming the line when the markers are not nested as git writes them.
     */
    static Optional<ConflictText> split(String text) {
        if (!hasMarkers(text)) {
            return Optional.empty();
        }
        StringBuilder ours = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        char section = 'c';
        int number = 0;
        for (String line : text.split("(?<=\n)")) {
            number++;
            String bare = line.stripTrailing();
            if (section == 'c' && bare.startsWith(START)) {
                section = 'o';
            } else if (section == 'o' && bare.startsWith(BASE)) {
                section = 'b';
            } else if ((section == 'o' || section == 'b') && bare.equals(MIDDLE)) {
                section = 't';
            } else if (section == 't' && bare.startsWith(END)) {
                section = 'c';
            } else if (bare.startsWith(START) || bare.startsWith(END)) {
                throw new IllegalArgumentException("line " + number + " holds a conflict marker out of place: " + bare);
            } else {
                if (section == 'c' || section == 'o') {
                    ours.append(line);
                }
                if (section == 'c' || section == 't') {
                    theirs.append(line);
                }
            }
        }
        if (section != 'c') {
            throw new IllegalArgumentException("a conflict hunk is not closed by a " + END + " line");
        }
        return Optional.of(new ConflictText(ours.toString(), theirs.toString()));
    }
}
