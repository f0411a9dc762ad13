package dev.storium.internal.jdbc;

import java.util.Map;

/**
 * Keeps jOOQ quiet in a library's output: no logo and no "tip of the day" when jOOQ renders its first query, and no
 * INFO line on the database version per first execution (a version mismatch is still a WARN). jOOQ reads these system
 * properties once, when it initialises, so {@link #quiet()} runs before Storium uses jOOQ; a property the user set
 * (to anything, {@code false} included) is left as it is.
 */
public final class JooqLogging {
    /** jOOQ 3.19's documented switches, each with the value Storium gives it when the user gave none. */
    static final Map<String, String> DEFAULTS = Map.of(
            "org.jooq.no-logo", "true",
            "org.jooq.no-tips", "true",
            "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport", "WARN");

    private JooqLogging() {}

    /** Sets each of {@link #DEFAULTS} that is not set yet; a security manager that forbids it leaves jOOQ as it is. */
    public static void quiet() {
        try {
            DEFAULTS.forEach((key, value) -> {
                if (System.getProperty(key) == null) {
                    System.setProperty(key, value);
                }
            });
        } catch (SecurityException forbidden) {
            // jOOQ then prints its logo: harmless
        }
    }
}
