package dev.storium.bench;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.result.GenerateResult;
import dev.storium.schema.TableDef;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Case 2: generate on a project of many tables (10 columns, an index and a foreign key each). Engine time of the first
 * generate (a new class loader each sample, so classes are loaded, scanned and initialised as a build would), of a
 * one-column change (warm: the same class loader, scan included) and whole {@code mvn storium:generate} with nothing
 * to generate beside {@code mvn validate} of the same project.
 */
final class GenerateCase {
    static final Dialect DIALECT = Dialect.POSTGRESQL;
    private final Context ctx;

    GenerateCase(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * The compiled project {@code name} of {@code tables} tables with {@code extras} more columns in table i: its
     * directory, with the classes in {@code target/classes}.
     */
    static Path project(Context ctx, String name, int tables, IntUnaryOperator extras) throws Exception {
        Path project = ctx.work().resolve(name);
        Poms.storiumProject(project, DIALECT, ctx.maven().storiumVersion());
        Chain.writeSources(project.resolve("src/main/java"), tables, 10, extras);
        ctx.maven().run(project, true, "compile");
        return project;
    }

    static SchemaSource source(Path project, ClassLoader loader) {
        return new SchemaSource(loader, List.of(project.resolve("target/classes")));
    }

    static URLClassLoader loader(Path project) throws Exception {
        return new URLClassLoader(
                new URL[] {project.resolve("target/classes").toUri().toURL()}, GenerateCase.class.getClassLoader());
    }

    void run() throws Exception {
        int n = ctx.sizes().tables();
        Path project = project(ctx, "generate-project", n, i -> 0);
        String name = "2 generate " + n + " tables";
        System.out.println("case 2: " + n + " tables");

        List<Double> first = new ArrayList<>();
        for (int rep = 0; rep < ctx.sizes().repetitions() + 1; rep++) {
            Path out = ctx.work().resolve("generate-first-" + rep + "/migrations");
            try (URLClassLoader loader = loader(project)) {
                long start = System.nanoTime();
                GenerateResult result =
                        Storium.generate(Context.config(DIALECT, null, out), source(project, loader), null);
                double ms = Context.millisSince(start);
                check(result);
                if (rep > 0) { // the first sample also loads the engine's own classes: a warm-up
                    first.add(ms);
                }
            }
        }
        Path base = ctx.work().resolve("generate-first-0/migrations");
        ctx.report()
                .add(new Measurement(
                        name, "-", "engine, first generate", first, null, List.of(), "ms", Target.medianAtMost(1000)));

        ctx.report()
                .add(new Measurement(
                        name,
                        "-",
                        "engine, one-column change (warm)",
                        oneColumnChanges(project, base, n),
                        null,
                        List.of(),
                        "ms",
                        Target.medianAtMost(100)));

        copy(base, project.resolve("migrations"));
        ctx.maven().run(project, true, "storium:generate");
        Alternation<Double> samples = Alternation.of(
                0,
                ctx.sizes().repetitions(),
                () -> ctx.maven().run(project, false, "storium:generate").seconds(),
                () -> ctx.maven().run(project, false, "validate").seconds());
        try (var files = Files.list(project.resolve("migrations"))) {
            if (files.filter(f -> f.toString().endsWith(".sql")).count() != 1) {
                throw new IllegalStateException("mvn storium:generate wrote a migration where nothing changed");
            }
        }
        ctx.report()
                .add(new Measurement(
                        name,
                        "-",
                        "mvn storium:generate, no change",
                        samples.first(),
                        "mvn validate",
                        samples.second(),
                        "s",
                        Target.NONE));
    }

    private List<Double> oneColumnChanges(Path project, Path base, int n) throws Exception {
        List<Double> samples = new ArrayList<>();
        int warmUp = 3;
        try (URLClassLoader loader = loader(project)) {
            SchemaSource source = source(project, loader);
            for (int rep = 0; rep < warmUp + ctx.sizes().warmRepetitions(); rep++) {
                Path out = ctx.work().resolve("generate-change-" + rep + "/migrations");
                copy(base, out);
                StoriumConfig config = Context.config(DIALECT, null, out);
                int changed = 1 + (rep * 7) % n;
                long start = System.nanoTime();
                Map<String, TableDef> tables = new LinkedHashMap<>(Storium.collectSchemas(config, source));
                String changedName = Chain.tableName(changed);
                tables.put(
                        changedName,
                        Chain.table(changed, 10, changed == 1 ? null : tables.get(Chain.tableName(changed - 1)), 1));
                GenerateResult result = Storium.generate(config, tables.values(), null);
                double ms = Context.millisSince(start);
                check(result);
                if (!result.message().contains("extra1")) {
                    throw new IllegalStateException("expected one added column, got: " + result.message());
                }
                if (rep >= warmUp) {
                    samples.add(ms);
                }
            }
        }
        return samples;
    }

    private static void check(GenerateResult result) {
        if (!result.success() || result.file() == null) {
            throw new IllegalStateException("Storium.generate wrote nothing: " + result.message());
        }
    }

    static void copy(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
