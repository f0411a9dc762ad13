package dev.storium.internal.migrate;

import dev.storium.ErrorCode;
import dev.storium.StoriumException;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationSql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A migration file as migrate runs it: its statements, the SHA-256 of its text with line endings normalised, and
 * whether its first line opts out of the file's transaction.
 *
 * @param migration the migration of the directory
 * @param hash the lower-case hex SHA-256 of the text, CRLF and CR turned into LF first
 * @param noTransaction true when the first line is {@value #NO_TRANSACTION}
 * @param statements the statements, split at the breakpoint lines, without the directive line
 */
record Script(Migration migration, String hash, boolean noTransaction, List<String> statements) {
    /** The first-line directive that makes a file run statement by statement, outside a transaction. */
    static final String NO_TRANSACTION = "-- storium:no-transaction";

    Script {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(hash, "hash");
        statements = List.copyOf(statements);
    }

    /** Reads the file of {@code migration}; an unreadable file is an {@code IO} failure naming it. */
    static Script read(Migration migration) {
        String text;
        try {
            text = Files.readString(migration.sqlFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot read the migration " + migration.sqlFile() + ": "
                            + e.getClass().getSimpleName() + " " + e.getMessage()
                            + ". Fix: check that the file is readable UTF-8 text.",
                    e);
        }
        return of(migration, text);
    }

    /** The script for {@code migration} whose file holds {@code text}. */
    static Script of(Migration migration, String text) {
        String normalised = normalise(text);
        int end = normalised.indexOf('\n');
        String firstLine = (end < 0 ? normalised : normalised.substring(0, end)).strip();
        boolean noTransaction = firstLine.equalsIgnoreCase(NO_TRANSACTION);
        String body = noTransaction ? (end < 0 ? "" : normalised.substring(end + 1)) : normalised;
        return new Script(migration, hash(text), noTransaction, MigrationSql.split(body));
    }

    /** The SHA-256 of {@code text} with a leading byte-order mark dropped and CRLF and CR turned into LF, in hex. */
    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    String tag() {
        return migration.tag();
    }

    /** The file name, such as {@code 0001_add_posts.sql}. */
    String fileName() {
        return migration.sqlFile().getFileName().toString();
    }
}
