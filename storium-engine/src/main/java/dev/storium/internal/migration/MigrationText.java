package dev.storium.internal.migration;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.io.InputStream;
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

    /** Reads {@code file} as UTF-8; an unreadable file is an {@code IO} failure naming it. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
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
