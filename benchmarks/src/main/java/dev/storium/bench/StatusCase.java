package dev.storium.bench;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.result.CheckResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.StatusResult;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 4: status and check of a project with a long history: migrations 1..T create T tables (10 columns, an index and a foreign
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
        StoriumConfig offline = Context.config(GenerateCase.DIALECT, null, out);
        try (URLClassLoader loader = GenerateCase.loader(project);
                Database db = Database.create(GenerateCase.DIALECT, ctx.work().resolve("sqlite"))) {
            SchemaSource source = GenerateCase.source(project, loader);
            StoriumConfig online = Context.config(GenerateCase.DIALECT, db.url(), out);
            MigrateResult migrated = Storium.migrate(online, null);
            if (!migrated.success()) {
                throw new IllegalStateException("could not prepare the database: " + migrated.message());
            }
            add("engine Storium.status", n, t, warm(() -> {
                StatusResult result = Storium.status(offline, source);
                expect(
                        result.success()
                                && !result.pendingChanges()
                                && result.migrations().size() == n,
                        result.message());
            }));
            add("engine Storium.check, no database", n, t, warm(() -> {
                CheckResult result = Storium.check(offline, source, null);
                expect(result.success() && result.findings().isEmpty(), result.message());
            }));
            add("engine Storium.check, " + GenerateCase.DIALECT.key() + " migrated", n, t, warm(() -> {
                CheckResult result = Storium.check(online, source, null);
                expect(result.success() && result.findings().isEmpty(), result.message());
            }));
        }
    }

    private void add(String what, int n, int t, List<Double> samples) {
        ctx.report()
                .add(new Measurement(
                        "4 status and check, " + n + " migrations, " + t + " tables",
                        "-",
                        what,
                        samples,
                        null,
                        List.of(),
                        "ms",
                        Target.medianAtMost(500)));
    }

    /** Milliseconds of each run after two warm-up runs. */
    private List<Double> warm(Runnable run) {
        List<Double> samples = new ArrayList<>();
        int warmUp = 2;
        for (int rep = 0; rep < warmUp + ctx.sizes().warmRepetitions(); rep++) {
            long start = System.nanoTime();
            run.run();
            double ms = Context.millisSince(start);
            if (rep >= warmUp) {
                samples.add(ms);
            }
        }
        return samples;
    }

    private static void expect(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("expected an up-to-date project: " + message);
        }
    }

    /** The columns added to table {@code i} (from 1) by the first {@code k} migrations of {@code t} tables. */
    static int extras(int k, int t, int i) {
        int added = k - t; // migrations t+1..k add one column each, to tables 1, 2, ..., t, 1, 2, ...
        return added < i ? 0 : (added - i) / t + 1;
    }
}
