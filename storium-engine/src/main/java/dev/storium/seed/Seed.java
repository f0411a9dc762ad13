package dev.storium.seed;

/**
 * One seed: code that fills the database with data, run by {@code Storium.seed(...)} or {@code mvn storium:seed}. List
 * each implementation, one fully qualified class name a line, in {@code META-INF/services/dev.storium.seed.Seed}; it
 * needs a public no-argument constructor. Seeds run in {@link #name()} order, each in its own transaction.
 *
 * <pre>{@code
 * public final class Users implements Seed {
 *     public String name() { return "001_users"; }
 *     public void run(SeedContext ctx) {
 *         ctx.store("users").create(Map.of("email", "alice@example.com", "name", "Alice"));
 *     }
 * }
 * }</pre>
 */
public interface Seed {
    /** Inserts the seed's data; anything thrown rolls the seed's transaction back and stops the run. */
    void run(SeedContext ctx) throws Exception;

    /** The name seeds are ordered by and reported under; the class's simple name unless overridden. */
    default String name() {
        return getClass().getSimpleName();
    }
}
