package dev.storium.options;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a run that takes the migration lock (migrate, repair, baseline) waits for another process's lock, as a
 * user writes it: whole seconds ({@code 600}), a number with a unit {@code s}, {@code m} or {@code h} ({@code 30s},
 * {@code 10m}, {@code 1h}), or ISO-8601 ({@code PT10M}). {@code 0} does not wait.
 */
public final class LockWait {
    /** The default as written: {@link MigrateOptions#DEFAULT_LOCK_WAIT}, ten minutes. */
    public static final String DEFAULT = "10m";

    private static final Pattern WITH_UNIT = Pattern.compile("(-?\\d+)\\s*([smh]?)");

    private LockWait() {}

    /**
     * The wait {@code text} gives; {@code setting} names where it was set, such as {@code lockTimeout}. A text that
     * is not a duration, or a negative one, is a {@code CONFIG} failure naming the setting, the value and the forms.
     */
    public static Duration parse(String text, String setting) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration wait = null;
        Matcher matcher = WITH_UNIT.matcher(value);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2);
                wait = unit.equals("m")
                        ? Duration.ofMinutes(amount)
                        : unit.equals("h") ? Duration.ofHours(amount) : Duration.ofSeconds(amount);
            } else if (value.startsWith("pt") || value.startsWith("-pt")) {
                wait = Duration.parse(value.toUpperCase(Locale.ROOT));
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            wait = null;
        }
        if (wait == null) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    setting + " must be a duration, found '" + text + "'. Fix: write whole seconds (600), a number"
                            + " with s, m or h (30s, 10m, 1h) or ISO-8601 (PT10M); the default is " + DEFAULT + ".");
        }
        if (wait.isNegative()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    setting + " cannot be negative, found '" + text + "'. Fix: set it to 0 (fail at once when another"
                            + " process holds the lock) or more; the default is " + DEFAULT + ".");
        }
        return wait;
    }
}
