package dev.storium.internal.migration;

import dev.storium.ErrorCode;
import dev.storium.StoriumException;
import java.io.IOException;
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
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot read the migration file " + file + ": "
                            + e.getClass().getSimpleName() + " " + e.getMessage()
                            + ". Fix: check that the file is readable UTF-8 text.",
                    e);
        }
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
