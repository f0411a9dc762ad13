package dev.storium.bench;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.internal.migration.Migration;
import dev.storium.internal.migration.MigrationFolder;
import dev.storium.internal.migration.MigrationSql;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cases 1 and 5: the migration files of a chain of tables applied to an empty database by {@code mvn storium:migrate}
 * and by {@code mvn flyway:migrate} (the same SQL under Flyway's file names), and by the engine and a plain JDBC loop
 * (one transaction per file) in this JVM, warm (after one untimed pair); every sample on a new database. Case 5 is the
 * peak memory of the two {@code mvn} processes.
 */
final class MigrateCase {
    private final Context ctx;

    MigrateCase(Context ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        for (Dialect dialect : ctx.dialects()) {
            run(dialect);
        }
    }

    private void run(Dialect dialect) throws Exception {
        Path dir = ctx.work().resolve("migrate-" + dialect.key());
        Path storium = dir.resolve("storium");
        Path flyway = dir.resolve("flyway");
        Poms.storiumMigrate(storium, dialect, ctx.maven().storiumVersion());
        Poms.flywayMigrate(flyway);
        MigrationFolder folder = Chain.writeMigrations(
                storium.resolve("migrations"), dialect, Chain.tables(ctx.sizes().files(), 8));
        List<Path> files = flywayCopies(folder, flyway.resolve("migrations"));
        System.out.println("case 1, " + dialect.key() + ": " + files.size() + " files");

        if (dialect == ctx.dialects().get(0)) {
            // untimed: resolves both plugins into the private repository, and checks that both tools succeed
            mvnStorium(storium, dialect, true);
            mvnFlyway(flyway, dialect, true);
        }

        Alternation<Maven.Sample> mvn = Alternation.of(
                0,
                ctx.sizes().repetitions(),
                () -> mvnStorium(storium, dialect, false),
                () -> mvnFlyway(flyway, dialect, false));
        // in this JVM, warm: one untimed pair first, as the whole-process figures above hold the cold starts
        Alternation<Double> engine = Alternation.of(
                1,
                ctx.sizes().warmRepetitions(),
                () -> engine(storium.resolve("migrations"), dialect),
                () -> jdbc(folder, dialect));
        String files1 = "1 migrate " + ctx.sizes().files() + " files";
        ctx.report()
                .add(new Measurement(
                        files1,
                        dialect.key(),
                        "mvn storium:migrate",
                        seconds(mvn.first()),
                        "mvn flyway:migrate",
                        seconds(mvn.second()),
                        "s",
                        Target.ratioAtMost(0.8)));
        ctx.report()
                .add(new Measurement(
                        files1,
                        dialect.key(),
                        "engine Storium.migrate",
                        engine.first(),
                        "JDBC loop",
                        engine.second(),
                        "s",
                        Target.ratioAtMost(1.2)));
        ctx.report()
                .add(new Measurement(
                        "5 peak memory, migrate " + ctx.sizes().files() + " files",
                        dialect.key(),
                        "mvn storium:migrate",
                        peakMb(mvn.first()),
                        "mvn flyway:migrate",
                        peakMb(mvn.second()),
                        "MB",
                        Target.ratioAtMost(1.0)));
    }

    private static List<Double> seconds(List<Maven.Sample> samples) {
        return samples.stream().map(Maven.Sample::seconds).collect(Collectors.toList());
    }

    private static List<Double> peakMb(List<Maven.Sample> samples) {
        return samples.stream().map(Maven.Sample::peakMb).collect(Collectors.toList());
    }

    private Maven.Sample mvnStorium(Path project, Dialect dialect, boolean online) throws Exception {
        try (Database db = Database.create(dialect, ctx.work().resolve("sqlite"))) {
            return ctx.maven().run(project, online, "storium:migrate", "-Dstorium.url=" + db.url());
        }
    }

    private Maven.Sample mvnFlyway(Path project, Dialect dialect, boolean online) throws Exception {
        try (Database db = Database.create(dialect, ctx.work().resolve("sqlite"))) {
            return ctx.maven().run(project, online, "flyway:migrate", "-Dflyway.url=" + db.url());
        }
    }

    private double engine(Path out, Dialect dialect) throws Exception {
        try (Database db = Database.create(dialect, ctx.work().resolve("sqlite"))) {
            long start = System.nanoTime();
            MigrateResult result = Storium.migrate(Context.config(dialect, db.url(), out), MigrateOptions.DEFAULTS);
            double seconds = Context.secondsSince(start);
            if (!result.success()) {
                throw new IllegalStateException("Storium.migrate failed: " + result.message());
            }
            return seconds;
        }
    }

    /** The floor: each file's statements in one transaction, nothing else. */
    private double jdbc(MigrationFolder folder, Dialect dialect) throws Exception {
        try (Database db = Database.create(dialect, ctx.work().resolve("sqlite"))) {
            long start = System.nanoTime();
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (Migration m : folder.migrations()) {
                    for (String sql : MigrationSql.split(Files.readString(m.sqlFile()))) {
                        s.execute(sql);
                    }
                    c.commit();
                }
            }
            return Context.secondsSince(start);
        }
    }

    /**
     * The same SQL under Flyway's names, {@code V<n>__<name>.sql} numbered from 1; the breakpoint lines become plain
     * comments, as MySQL reads {@code -->} as an operator.
     */
    private static List<Path> flywayCopies(MigrationFolder folder, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (Migration m : folder.migrations()) {
            String tag = m.tag();
            int idx = Integer.parseInt(tag.substring(0, 4));
            Path copy = dir.resolve("V" + (idx + 1) + "__" + tag.substring(5) + ".sql");
            String sql = Files.readString(m.sqlFile()).replace(MigrationSql.BREAKPOINT, "-- statement-breakpoint");
            Files.writeString(copy, sql);
            copies.add(copy);
        }
        return copies;
    }
}
