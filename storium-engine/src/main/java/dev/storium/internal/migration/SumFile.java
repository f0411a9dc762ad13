package dev.storium.internal.migration;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.text.Phrases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The integrity record of a migrations directory, {@value #FILE}: one line per migration in journal order with the
 * SHA-256 of its SQL file and of its snapshot (line endings normalised, as in the history table), and a chain value
 * that hashes the line with the chain value of the line before it; a last line holds the head of the chain. A file
 * edited, added or removed by hand no longer matches its line; two branches that each append a migration both change
 * the head line, so that git reports a conflict instead of merging them silently.
 */
public final class SumFile {
    /** The sum file, relative to the migrations directory. */
    public static final String FILE = "meta/storium.sum";

    /** The chain value before the first line, and the head of a directory with no migrations. */
    static final String START = "0".repeat(64);

    static final String HEADER = "# storium.sum v1: the SHA-256 of each migration, chained; written by mvn"
            + " storium:generate. Do not edit it: after a deliberate edit of a migration, review it and run mvn"
            + " storium:rehash; after a git conflict in this file, run mvn storium:rebase.\n"
            + "# <tag> <SHA-256 of tag.sql> <SHA-256 of meta/NNNN_snapshot.json> <chain: SHA-256 of the previous"
            + " chain and this line>\n";

    private static final String HEAD = "head";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * The line of one migration.
     *
     * @param tag the migration's tag, such as {@code 0001_add_posts}
     * @param sql the SHA-256 of its SQL file
     * @param snapshot the SHA-256 of its snapshot file
     * @param chain the SHA-256 of the previous line's chain value (or {@link #START}) and this line's three fields
     */
    public record Line(String tag, String sql, String snapshot, String chain) {
        public Line {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(chain, "chain");
        }

        /** The line for {@code tag} with these hashes, chained from {@code previousChain}. */
        static Line chained(String previousChain, String tag, String sql, String snapshot) {
            return new Line(tag, sql, snapshot, chainOf(previousChain, tag, sql, snapshot));
        }

        /** The chain value this line should hold after {@code previousChain}. */
        String expectedChain(String previousChain) {
            return chainOf(previousChain, tag, sql, snapshot);
        }

        private static String chainOf(String previousChain, String tag, String sql, String snapshot) {
            return MigrationText.sha256(previousChain + " " + tag + " " + sql + " " + snapshot);
        }
    }

    private final List<Line> lines;
    private final List<String> heads;
    private final List<String> defects;

    private SumFile(List<Line> lines, List<String> heads, List<String> defects) {
        this.lines = List.copyOf(lines);
        this.heads = List.copyOf(heads);
        this.defects = List.copyOf(defects);
    }

    /**
     * The sum of the migrations of {@code folder}, hashed from their files on disk. The files are hashed in parallel:
     * each snapshot holds the whole schema, so a long history is hundreds of megabytes to hash.
     */
    public static SumFile compute(MigrationFolder folder) {
        List<Migration> migrations = folder.migrations();
        List<String[]> hashes = migrations.parallelStream()
                .map(m -> new String[] {MigrationText.hashFile(m.sqlFile()), MigrationText.hashFile(m.snapshotFile())})
                .collect(Collectors.toList());
        List<Line> lines = new ArrayList<>();
        String chain = START;
        for (int i = 0; i < migrations.size(); i++) {
            Line line = Line.chained(chain, migrations.get(i).tag(), hashes.get(i)[0], hashes.get(i)[1]);
            lines.add(line);
            chain = line.chain();
        }
        return new SumFile(lines, List.of(chain), List.of());
    }

    /** The sum of a directory with no migrations, to {@link #plus} them to one by one. */
    static SumFile empty() {
        return new SumFile(List.of(), List.of(START), List.of());
    }

    /** The sum file recorded in the migrations directory {@code out}; empty when there is none. */
    public static Optional<SumFile> read(Path out) {
        Path file = out.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(parse(MigrationText.read(file)));
    }

    /**
     * Checks the recorded sum file of {@code folder} against its files: one line per finding, each naming the file,
     * the fact and the fix ({@code mvn storium:rehash} after a deliberate edit, {@code mvn storium:rebase} after a
     * merge of two branches); empty when the directory is intact.
     */
    public static List<String> verify(MigrationFolder folder) {
        Optional<SumFile> recorded = read(folder.directory());
        if (recorded.isPresent()) {
            return SumCheck.findings(recorded.get(), folder, compute(folder));
        }
        int count = folder.migrations().size();
        return count == 0
                ? List.of()
                : List.of(FILE + " is missing, but the directory holds " + Phrases.count(count, "migration")
                        + ", so hand edits of them cannot be detected. Fix: review them"
                        + " and run mvn storium:rehash to create it (the next mvn storium:generate also creates it).");
    }

    /** The lines, one per migration, in the order recorded. */
    public List<Line> lines() {
        return lines;
    }

    /** The head of the chain: the chain value of the last line, or {@link #START} without lines; null if none. */
    public String head() {
        return heads.isEmpty() ? null : heads.get(heads.size() - 1);
    }

    /** Every head line recorded; a union of two branches' lines holds two. */
    List<String> heads() {
        return heads;
    }

    /** What makes the recorded file unreadable as a sum: conflict markers, malformed lines; empty for a sound file. */
    List<String> defects() {
        return defects;
    }

    /** True when both record the same lines and head: the files on disk would write the same sum. */
    public boolean sameAs(SumFile other) {
        return defects.isEmpty() && other.defects.isEmpty() && lines.equals(other.lines) && heads.equals(other.heads);
    }

    /**
     * This sum with one more line for {@code tag} whose files hold {@code sqlText} and {@code snapshotText}, chained
     * from the last recorded line as it is (an earlier line is not re-hashed, so that a hand edit stays visible).
     */
    SumFile plus(String tag, String sqlText, String snapshotText) {
        String previous = lines.isEmpty() ? START : lines.get(lines.size() - 1).chain();
        Line line = Line.chained(previous, tag, MigrationText.hash(sqlText), MigrationText.hash(snapshotText));
        List<Line> more = new ArrayList<>(lines);
        more.add(line);
        return new SumFile(more, List.of(line.chain()), List.of());
    }

    /** The file's text: the header comment, one line per migration and the head line, each ending with LF. */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER);
        for (Line line : lines) {
            text.append(line.tag())
                    .append(' ')
                    .append(line.sql())
                    .append(' ')
                    .append(line.snapshot())
                    .append(' ')
                    .append(line.chain())
                    .append('\n');
        }
        heads.forEach(head -> text.append(HEAD).append(' ').append(head).append('\n'));
        return text.toString();
    }

    /** Writes this sum to {@value #FILE} under the migrations directory {@code out}, replacing the file atomically. */
    public void write(Path out) {
        if (!defects.isEmpty()) {
            throw new IllegalStateException("a sum file with defects is never written: " + defects);
        }
        Path file = out.resolve(FILE);
        try {
            new MigrationWriter().file(file, text()).commit();
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Could not write " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage()
                            + ". The file was left as it was. Fix: check that " + out.resolve("meta")
                            + " is writable and the disk is not full.",
                    e);
        }
    }

    /** Parses a recorded file; what cannot be read as lines becomes a defect, for {@link #verify} to report. */
    static SumFile parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        String[] rows = MigrationText.normalise(text).split("\n", -1);
        boolean conflict = false;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (ConflictText.isMarker(row)) {
                if (!conflict) {
                    defects.add(FILE + " holds unresolved git conflict markers (line " + (i + 1) + ": " + row
                            + "): two branches each added a migration. Fix: run mvn storium:rebase; it renumbers this"
                            + " branch's migrations after the merged ones and rewrites the sum file.");
                    conflict = true;
                }
                continue;
            }
            String[] fields = row.split("\\s+");
            if (fields.length == 2
                    && fields[0].equals(HEAD)
                    && HEX.matcher(fields[1]).matches()) {
                heads.add(fields[1]);
            } else if (fields.length == 4
                    && HEX.matcher(fields[1]).matches()
                    && HEX.matcher(fields[2]).matches()
                    && HEX.matcher(fields[3]).matches()) {
                lines.add(new Line(fields[0], fields[1], fields[2], fields[3]));
            } else {
                defects.add(FILE + " line " + (i + 1) + " is not '<tag> <sha256> <sha256> <chain>' nor 'head <chain>':"
                        + " " + abbreviate(row) + ". Fix: the file was edited by hand; restore it from version"
                        + " control, or review the migrations and run mvn storium:rehash to rewrite it.");
            }
        }
        return new SumFile(lines, heads, defects);
    }

    private static String abbreviate(String row) {
        return row.length() <= 80 ? row : row.substring(0, 77) + "...";
    }
}
