package dev.storium.bench;

import dev.storium.SchemaSource;
import dev.storium.StatusResult;
import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 4: status of a project with a long history: migrations 1..T create T tables (10 columns, an index and a foreign
 * key each; T = migrations / 20), each later migration adds a column to the next table in turn. Engine time, warm (the
 * same class loader).
 */
final class StatusCase {
    private final Context ctx;

    StatusCase(Context ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        int n = ctx.sizes().migrations();
        int t = Math.max(1, n / 20);
        Path project = GenerateCase.project(ctx, "status-project", t, i -> extras(n, t, i));
        Path out = ctx.work().resolve("status-" + n + "/migrations");
        Chain.writeMigrations(
                out,
                GenerateCase.DIALECT,
                n,
                k -> k <= t ? Chain.tables(k, 10) : Chain.tables(t, 10, i -> extras(k, t, i)));
        System.out.println("case 4: " + n + " migrations");
        StoriumConfig config = Context.config(GenerateCase.DIALECT, null, out);
        List<Double> status = new ArrayList<>();
        int warmUp = 2;
        try (URLClassLoader loader = GenerateCase.loader(project)) {
            SchemaSource source = GenerateCase.source(project, loader);
            for (int rep = 0; rep < warmUp + ctx.sizes().warmRepetitions(); rep++) {
                long start = System.nanoTime();
                StatusResult result = Storium.status(config, source);
                double ms = Context.millisSince(start);
                if (!result.success()
                        || result.pendingChanges()
                        || result.migrations().size() != n) {
                    throw new IllegalStateException(
                            "status is not up to date with " + n + " migrations: " + result.message());
                }
                if (rep >= warmUp) {
                    status.add(ms);
                }
            }
        }
        ctx.report()
                .add(new Measurement(
                        "4 status " + n + " migrations, " + t + " tables",
                        "-",
                        "engine Storium.status",
                        status,
                        null,
                        List.of(),
                        "ms",
                        Target.medianAtMost(500)));
    }

    /** The columns added to table {@code i} (from 1) by the first {@code k} migrations of {@code t} tables. */
    static int extras(int k, int t, int i) {
        int added = k - t; // migrations t+1..k add one column each, to tables 1, 2, ..., t, 1, 2, ...
        return added < i ? 0 : (added - i) / t + 1;
    }
}
