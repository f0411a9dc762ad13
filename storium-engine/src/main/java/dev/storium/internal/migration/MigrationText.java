package dev.storium.internal.migration;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text of a file of the migrations directory as Storium reads and hashes it: UTF-8, and a hash that ignores a
 * leading byte-order mark and the kind of line ending, so that a checkout with CRLF line endings hashes like one with
 * LF. The history table and the sum file both store this hash.
 */
public final class MigrationText {
    private MigrationText() {}

    /**
     * Reads {@code file} as UTF-8; an unreadable file is an {@code IO} failure naming it, and a byte that is not UTF-8
     * a {@code MIGRATION_FOLDER} failure naming its line and column.
     */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Reads a migration's SQL file as {@link #read} does, refusing a file that holds git conflict markers before any of
     * it reaches a database.
     */
    public static String readSql(Path file) {
        String text = read(file);
        if (ConflictText.hasMarkers(text)) {
            String[] lines = normalise(text).split("\n", -1);
            int line = 1;
            while (line <= lines.length && !ConflictText.isMarker(lines[line - 1])) {
                line++;
            }
            throw new StoriumException(
                    ErrorCode.MIGRATION_FOLDER,
                    file + " holds an unresolved git merge (conflict markers from line " + line + ": "
                            + lines[line - 1].strip() + "); none of its statements was run. Fix: when two branches"
                            + " each generated this migration, finish the merge with mvn storium:rebase; when both"
                            + " edited this custom migration, keep the statements it must hold, delete the marker"
                            + " lines (<<<<<<<, =======, >>>>>>>) and run mvn storium:rehash.");
        }
        return text;
    }

    /** The failure of a file whose byte at {@code offset} does not start a valid UTF-8 sequence. */
    private static StoriumException notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new StoriumException(
                ErrorCode.MIGRATION_FOLDER,
                file + " is not UTF-8 text: line " + line + ", column " + column + " holds the byte "
                        + String.format("0x%02X", bytes[offset] & 0xFF) + ", which UTF-8 does not allow there (the"
                        + " file was probably saved as Latin-1 or Windows-1252). Fix: save the file as UTF-8 in your"
                        + " editor, then run mvn storium:rehash to record its new SHA-256.");
    }

    private static StoriumException unreadable(Path file, IOException e) {
        return new StoriumException(
                ErrorCode.IO,
                "Cannot read the migration file " + file + ": "
                        + e.getClass().getSimpleName() + " " + e.getMessage()
                        + ". Fix: check that the file is readable UTF-8 text.",
                e);
    }

    /**
     * The hash of {@link #hash(String)} of the file's text, computed as its bytes stream by: no copy of the file is
     * decoded, normalised and encoded again, which made this most of a check's time. CR and LF are single bytes in
     * UTF-8, so a file of valid UTF-8 hashes here as its text does. An unreadable file is an {@code IO} failure naming
     * it.
     */
    public static String hashFile(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            boolean afterCr = false;
            boolean first = true;
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                int start = 0;
                if (first
                        && n >= 3
                        && buffer[0] == (byte) 0xEF
                        && buffer[1] == (byte) 0xBB
                        && buffer[2] == (byte) 0xBF) {
                    start = 3; // the byte-order mark
                }
                first = false;
                for (int i = start; i < n; i++) {
                    byte b = buffer[i];
                    if (afterCr && b == '\n') { // the LF of a CRLF, whose CR went in as an LF
                        digest.update(buffer, start, i - start);
                        start = i + 1;
                        afterCr = false;
                        continue;
                    }
                    afterCr = b == '\r';
                    if (afterCr) {
                        digest.update(buffer, start, i - start);
                        digest.update((byte) '\n');
                        start = i + 1;
                    }
                }
                digest.update(buffer, start, n - start);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code text} without a leading byte-order mark, with CRLF and CR turned into LF. */
    public static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The SHA-256 of {@code text} normalised ({@link #normalise}), in lower-case hex. */
    public static String hash(String text) {
        return sha256(normalise(text));
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text} as it is, in lower-case hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
