package dev.storium.internal.migration;

import java.util.Locale;

/** The names of the files in a migrations directory, as drizzle-kit lays them out; every reader and writer uses these. */
final class FolderLayout {
    /** The journal, relative to the directory. */
    static final String JOURNAL = "meta/_journal.json";

    private FolderLayout() {}

    /** The four-digit number of the migration at {@code idx}: {@code 0007}. */
    static String number(int idx) {
        return String.format(Locale.ROOT, "%04d", idx);
    }

    /** The snapshot file's name of the migration at {@code idx}, inside {@code meta/}: {@code 0007_snapshot.json}. */
    static String snapshotName(int idx) {
        return number(idx) + "_snapshot.json";
    }
}
