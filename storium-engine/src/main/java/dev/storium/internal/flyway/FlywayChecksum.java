package dev.storium.internal.flyway;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration: a CRC-32 over the file's lines read as UTF-8, each without its line
 * ending (so LF and CRLF files agree), a leading byte-order mark left out, stored as a signed 32-bit integer.
 */
public final class FlywayChecksum {
    private FlywayChecksum() {}

    /** The checksum of {@code file}; an unreadable file is an {@code IO} failure naming it. */
    public static int of(Path file) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO,
                    "Cannot read the Flyway migration " + file + ": "
                            + e.getClass().getSimpleName() + " " + e.getMessage()
                            + ". Fix: check that the file is readable UTF-8 text.",
                    e);
        }
        return (int) crc.getValue();
    }
}
