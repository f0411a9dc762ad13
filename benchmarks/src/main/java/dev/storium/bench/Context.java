package dev.storium.bench;

import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What every case gets: the sizes, the databases, a work directory of its own, the Maven runner and the report. */
record Context(Sizes sizes, List<Dialect> dialects, Path work, Maven maven, Report report) {

    /** A configuration for the engine: this dialect, database (null for none) and migrations directory. */
    static StoriumConfig config(Dialect dialect, String url, Path out) {
        return new StoriumConfig(
                dialect,
                url,
                null,
                null,
                List.of(),
                List.of(),
                out.toAbsolutePath(),
                List.of(),
                Map.of(),
                null,
                out.toAbsolutePath().getParent(),
                "benchmarks");
    }

    /** Milliseconds since {@code startNanos}. */
    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Seconds since {@code startNanos}. */
    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
