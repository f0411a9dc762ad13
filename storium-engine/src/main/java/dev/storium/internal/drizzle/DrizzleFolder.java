package dev.storium.internal.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A drizzle-kit migrations folder: {@code meta/_journal.json} (format version {@value #JOURNAL_VERSION}), one
 * {@code <tag>.sql} per entry and {@code meta/<prefix>_snapshot.json} beside it. Only what adopt needs is read: the
 * entries, and each file's SHA-256 as drizzle-orm's migrator computes it (of the file as it is, no line endings
 * changed).
 */
public final class DrizzleFolder {
    /** The journal format version drizzle-kit writes. */
    public static final String JOURNAL_VERSION = "7";

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One journal entry.
     *
     * @param idx the position, from 0
     * @param when when drizzle-kit generated it, in milliseconds: the {@code created_at} the migrator records
     * @param tag the SQL file's name without {@code .sql}, such as {@code 0001_bright_hulk}
     * @param breakpoints whether its statements are separated by {@code --> statement-breakpoint}
     */
    public record Entry(int idx, long when, String tag, boolean breakpoints) {
        public Entry {
            Objects.requireNonNull(tag, "tag");
        }

        /** The file name, {@code <tag>.sql}. */
        public String fileName() {
            return tag + ".sql";
        }
    }

    private final Path directory;
    private final List<Entry> entries;

    private DrizzleFolder(Path directory, List<Entry> entries) {
        this.directory = directory;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the journal of the drizzle-kit folder {@code dir} for {@code dialect}; a missing folder or journal, another
     * format version or dialect, or tags that do not start with their four-digit index fail with a {@code
     * MIGRATION_FOLDER} error naming the fix.
     */
    public static DrizzleFolder read(Path dir, Dialect dialect) {
        Path directory = dir.toAbsolutePath().normalize();
        Path journalFile = directory.resolve("meta/_journal.json");
        if (!Files.isRegularFile(journalFile)) {
            throw refused(
                    directory,
                    "it has no meta/_journal.json",
                    "point -Dstorium.from at the folder drizzle-kit generated into (its `out`, such as ./drizzle).");
        }
        JsonNode journal;
        try {
            journal = JSON.readTree(journalFile.toFile());
        } catch (IOException e) {
            throw refused(
                    directory,
                    "meta/_journal.json cannot be read as JSON: " + firstLine(e.getMessage()),
                    "restore the file from version control.");
        }
        String version = journal.path("version").asText("");
        if (!JOURNAL_VERSION.equals(version)) {
            throw refused(
                    directory,
                    "meta/_journal.json has format version '" + version + "', adopt reads drizzle-kit's version "
                            + JOURNAL_VERSION,
                    "run npx drizzle-kit up with your drizzle-kit to upgrade the folder, commit, then adopt.");
        }
        String folderDialect = journal.path("dialect").asText("");
        if (!folderDialect.equals(dialect.key())) {
            throw refused(
                    directory,
                    "its journal says dialect '" + folderDialect + "' but the configured dialect is " + dialect.key(),
                    "configure the dialect and url of the database these migrations were applied to.");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : journal.path("entries")) {
            Entry entry = new Entry(
                    node.path("idx").asInt(-1),
                    node.path("when").asLong(-1),
                    node.path("tag").asText(""),
                    node.path("breakpoints").asBoolean(true));
            String number = String.format(Locale.ROOT, "%04d", entry.idx());
            if (entry.idx() != entries.size() || !entry.tag().startsWith(number + "_")) {
                throw refused(
                        directory,
                        "journal entry " + entries.size() + " ('" + entry.tag() + "', idx " + entry.idx()
                                + ") is not numbered " + number + "_...: adopt reads folders generated with"
                                + " drizzle-kit's default migrations prefix 'index'",
                        "none that is safe today: adopt reads only folders of drizzle-kit's default prefix"
                                + " (0000_, 0001_, ...); keep migrating this database with drizzle-orm.");
            }
            entries.add(entry);
        }
        return new DrizzleFolder(directory, entries);
    }

    private static StoriumException refused(Path directory, String fact, String fix) {
        return new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                "Cannot adopt the drizzle-kit folder " + directory + ": " + fact + ". Nothing was changed. Fix: "
                        + fix);
    }

    /** The folder, absolute. */
    public Path directory() {
        return directory;
    }

    /** The journal entries in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The SQL file of {@code entry}. */
    public Path sqlFile(Entry entry) {
        return directory.resolve(entry.fileName());
    }

    /** The snapshot file of {@code entry}: {@code meta/NNNN_snapshot.json}. */
    public Path snapshotFile(Entry entry) {
        return directory.resolve("meta").resolve(entry.tag().substring(0, 4) + "_snapshot.json");
    }

    /**
     * The SHA-256 of the file's bytes in lower-case hex, as drizzle-orm's migrator records it in {@code hash} (it
     * hashes the file's text as read, which is these bytes for UTF-8 text); null when the file does not exist.
     */
    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage()
                            + ". Fix: check that the file is readable.",
                    e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String firstLine(String text) {
        String value = String.valueOf(text);
        int newline = value.indexOf('\n');
        return newline < 0 ? value : value.substring(0, newline);
    }
}
