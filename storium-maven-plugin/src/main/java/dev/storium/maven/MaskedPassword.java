package dev.storium.maven;

/**
 * The type of the {@code password} parameter, shown as {@code ****}. Maven's debug output ({@code mvn -X}) prints each
 * configured parameter through {@code toString()}, so a plain {@code String} would print the password there;
 * {@link MaskingConfigurator} builds this type from the configured text without printing it.
 */
public final class MaskedPassword {
    private final String value;

    MaskedPassword(String value) {
        this.value = value;
    }

    /** The password. */
    String value() {
        return value;
    }

    /** {@code ****}. */
    @Override
    public String toString() {
        return "****";
    }
}
