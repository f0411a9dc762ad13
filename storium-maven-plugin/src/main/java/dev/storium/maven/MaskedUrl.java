package dev.storium.maven;

import dev.storium.config.Redaction;

/**
 * The type of the {@code url} parameter: the URL as written, shown with its password masked. Maven's debug output
 * ({@code mvn -X}) prints each configured parameter through {@code toString()}, so a plain {@code String} would print
 * the password there; {@link MaskingConfigurator} builds this type from the configured text without printing it.
 */
public final class MaskedUrl {
    private final String value;

    MaskedUrl(String value) {
        this.value = value;
    }

    /** The URL as written, password included. */
    String value() {
        return value;
    }

    /** Whether the URL holds a password ({@code user:password@} or a {@code password=} parameter). */
    boolean holdsPassword() {
        return !Redaction.url(value).equals(value);
    }

    /** The URL with its password masked. */
    @Override
    public String toString() {
        return Redaction.url(value);
    }
}
