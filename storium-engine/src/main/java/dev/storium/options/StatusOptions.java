package dev.storium.options;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of one status run.
 *
 * @param format the format of the report written to {@code output}
 * @param output a file to write the report to, its directory created; null writes no file
 */
public record StatusOptions(StatusFormat format, Path output) {
    /** Text, no file: the report is the result's message. */
    public static final StatusOptions DEFAULTS = new StatusOptions(StatusFormat.TEXT, null);

    public StatusOptions {
        Objects.requireNonNull(format, "format");
    }
}
