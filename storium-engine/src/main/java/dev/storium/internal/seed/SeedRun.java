package dev.storium.internal.seed;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.scan.ClassFilter;
import dev.storium.internal.text.Phrases;
import dev.storium.options.SchemaSource;
import dev.storium.result.SeedResult;
import dev.storium.seed.Seed;
import dev.storium.seed.SeedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the project's seeds on a connected instance: registers its stores, then runs each seed accepted by the
 * {@code seeds} patterns, in name order, each in its own transaction. The first failure stops the run.
 */
public final class SeedRun {
    private static final Logger LOG = LoggerFactory.getLogger(SeedRun.class);

    private SeedRun() {}

    /** Runs the seeds of {@code source} on {@code instance}; a failing seed is reported in the result. */
    public static SeedResult run(SeedTarget instance, SchemaSource source) {
        ClassFilter filter = new ClassFilter("seeds", instance.config().seeds());
        SeedLoader.Loaded loaded = SeedLoader.load(source.classLoader(), filter);
        List<Seed> seeds = loaded.seeds();
        if (seeds.isEmpty()) {
            String message = none(loaded.listed(), filter);
            LOG.info(message);
            return new SeedResult(true, message, 0, List.of(), null);
        }
        Set<String> tables = new TreeSet<>(StoreDiscovery.register(instance, source));
        tables.addAll(instance.storeNames());
        SeedContext context = new LiveSeedContext(instance, tables);
        List<String> lines = new ArrayList<>();
        int applied = 0;
        long written = 0;
        for (Seed seed : seeds) {
            String name = SeedLoader.nameOf(seed);
            long rows;
            try {
                rows = runInTransaction(instance, seed, context);
            } catch (RuntimeException e) {
                Throwable cause = e instanceof SeedFailure ? e.getCause() : e;
                StoriumException error = failure(name, applied, cause);
                return new SeedResult(false, error.getMessage(), applied, List.of(), error);
            }
            applied++;
            written += rows;
            String line = rows == 0
                    ? "Seed " + name + " ran and wrote nothing"
                    : "Seed " + name + " applied: " + Phrases.count(rows, "row") + " written";
            LOG.info(line);
            lines.add(line);
        }
        String summary = Phrases.count(applied, "seed") + " ran; "
                + (written == 0 ? "nothing written" : Phrases.count(written, "row") + " written");
        LOG.info(summary);
        lines.add(summary);
        return new SeedResult(true, String.join("\n", lines), applied, List.of(), null);
    }

    /** Runs the seed in its own transaction; returns the rows it wrote. */
    private static long runInTransaction(SeedTarget instance, Seed seed, SeedContext context) {
        return instance.transactionCountingWrites(tx -> {
            try {
                seed.run(context);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new SeedFailure(e);
            }
        });
    }

    private static String none(List<String> listed, ClassFilter filter) {
        if (listed.isEmpty()) {
            return "No seeds found: no class is listed in " + SeedLoader.SERVICE_FILE + " on the class path."
                    + " To add one, implement " + Seed.class.getName() + " and list its fully qualified name in"
                    + " src/main/resources/" + SeedLoader.SERVICE_FILE + ". 0 seeds ran";
        }
        return "No seeds found matching `seeds` " + String.join(", ", filter.globs()) + " among the "
                + listed.size() + " listed in " + SeedLoader.SERVICE_FILE + " ("
                + String.join(", ", listed)
                + "). 0 seeds ran";
    }

    private static StoriumException failure(String name, int applied, Throwable cause) {
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getName()
                : cause.getMessage().strip();
        ErrorCode code = cause instanceof StoriumException
                ? ((StoriumException) cause).code()
                : cause instanceof DataAccessException ? ErrorCode.DATABASE : ErrorCode.STORE;
        String message = "Seed " + name + " failed after " + Phrases.count(applied, "seed")
                + " ran: " + reason + (reason.endsWith(".") ? "" : ".") + " Its transaction was rolled back,"
                + " so it left no rows; " + (applied == 0 ? "no seed ran before it" : "the seeds before it stay")
                + " and the seeds after it did not run. "
                + (reason.contains("Fix:") ? "Then run" : "Fix the seed and run")
                + " again (seeds run every time: make earlier seeds skip rows that exist, or start from an empty"
                + " database).";
        return new StoriumException(code, message, cause);
    }

    /** Carries a checked exception of a seed out of the transaction. */
    private static final class SeedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeedFailure(Exception cause) {
            super(cause);
        }
    }
}
