package dev.storium.options;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.Locale;

/** How a status report is written: as the text of the build log, or as one JSON object for dashboards. */
public enum StatusFormat {
    /** The report for people, as {@link dev.storium.result.StatusResult#message()}. */
    TEXT,
    /** One JSON object, as {@link dev.storium.result.StatusResult#toJson()}. */
    JSON;

    /** The format named {@code text} or {@code json} (any case); another name is a configuration error. */
    public static StatusFormat of(String name) {
        for (StatusFormat format : values()) {
            if (format.key().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        throw new StoriumException(
                ErrorCode.CONFIG,
                "Unknown status format '" + name + "'. Fix: set storium.format to text (the default) or json.");
    }

    /** The name of the format as written in settings: {@code text} or {@code json}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
