package dev.storium.internal.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The inconsistencies found in one migrations directory, each with its fix, reported together in one exception. */
final class Problems {
    static final String FIX_FILES = "make the journal and the files agree: restore missing files from version control,"
            + " or remove an incomplete migration entirely (its .sql file, its meta/NNNN_snapshot.json and its entry in "
            + FolderLayout.JOURNAL + ") and run mvn storium:generate again.";
    static final String FIX_MISSING_SQL = "restore it from version control first: git checkout -- <file> (when a commit"
            + " deleted it, git log --diff-filter=D -- <file> names that commit; git checkout <commit>^ -- <file>"
            + " brings it back). If any database has applied it, never remove the journal entry of an applied migration"
            + " to generate it again: migrate would then re-create tables that exist. Only a migration that no database"
            + " has applied may be removed entirely (its meta/NNNN_snapshot.json and its entry in "
            + FolderLayout.JOURNAL + ") and generated again.";
    static final String FIX_CORRUPT = "restore the file from version control (git checkout -- <file>); Storium writes"
            + " the journal and snapshots, do not edit them by hand.";
    static final String FIX_BRANCHES = "two branches each generated a migration from the same schema: run mvn"
            + " storium:rebase to renumber this branch's migrations after the merged ones and rebuild their snapshots,"
            + " the journal and the sum file (it refuses migrations a configured database has applied); or delete"
            + " this branch's migration (its .sql file, its meta/NNNN_snapshot.json and its entry in "
            + FolderLayout.JOURNAL + ") and run mvn storium:generate on the merged code.";
    static final String FIX_MERGE = "finish the git merge with mvn storium:rebase: it reads both branches from the"
            + " conflict markers, renumbers this branch's migrations after the merged ones and rebuilds the journal,"
            + " the snapshots and the sum file. Do not resolve these files by hand.";
    static final String FIX_REGENERATE = "take the merged branch's migrations as they are and generate this branch's"
            + " changes again on top of them: git rm -rqf <out> && git checkout MERGE_HEAD -- <out>, then run mvn"
            + " storium:generate on the merged code.";
    static final String FIX_STRAY = "move files that are not generated migrations out of the migrations directory;"
            + " hand-written SQL belongs in a custom migration (mvn storium:generate -Dstorium.custom=true).";
    static final String FIX_VERSION = "use the Storium version that wrote the directory.";

    private final Path out;
    private final List<InconsistentFolderException.Problem> found = new ArrayList<>();
    private final List<String> missingSql = new ArrayList<>();

    Problems(Path out) {
        this.out = out;
    }

    void add(String fact, String fix) {
        found.add(new InconsistentFolderException.Problem(fact, fix));
    }

    /** A journal entry whose SQL file is gone: a problem whose fix restores it, and a tag the caller may look up. */
    void missingSql(String tag) {
        missingSql.add(tag);
        add(
                FolderLayout.JOURNAL + " lists " + tag + ", but " + tag + ".sql does not exist",
                FIX_MISSING_SQL.replace("<file>", out.resolve(tag + ".sql").toString()));
    }

    /** Throws one {@code MIGRATION_FOLDER} exception listing every problem found so far, if there is any. */
    void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        Set<String> fixes = new LinkedHashSet<>();
        found.forEach(problem -> fixes.add(problem.fix()));
        StringBuilder message =
                new StringBuilder("The migrations directory ").append(out).append(" is inconsistent:");
        found.forEach(problem -> message.append("\n  - ").append(problem.fact()));
        fixes.forEach(fix -> message.append("\nFix: ").append(fix));
        throw new InconsistentFolderException(message.toString(), found, missingSql);
    }
}
