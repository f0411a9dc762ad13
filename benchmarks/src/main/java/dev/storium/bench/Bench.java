package dev.storium.bench;

import dev.storium.config.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one command of the benchmarks ({@code benchmarks/run} calls it): runs the cases, prints the table and writes it
 * as {@code results.md} and {@code results.json}. Arguments: {@code --root <repository>} (default: the working
 * directory), {@code --smoke} (tiny sizes, written to {@code benchmarks/target/smoke-results}), {@code --results
 * <dir>} (default {@code benchmarks/results}), {@code --cases 1,2,3,4} (default all; case 5 comes with case 1),
 * {@code --dialects postgresql,mysql,sqlite} (default all three).
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        quietEngineLog();
        Path root = Path.of("").toAbsolutePath();
        boolean smoke = false;
        Path results = null;
        List<String> cases = List.of("1", "2", "3", "4");
        List<Dialect> dialects = List.of(Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.SQLITE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root":
                    root = Path.of(args[++i]).toAbsolutePath().normalize();
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                case "--results":
                    results = Path.of(args[++i]).toAbsolutePath();
                    break;
                case "--cases":
                    cases = List.of(args[++i].split(","));
                    break;
                case "--dialects":
                    dialects = Stream.of(args[++i].split(","))
                            .map(k -> Dialect.fromKey(k)
                                    .orElseThrow(() -> new IllegalArgumentException("unknown dialect " + k)))
                            .collect(Collectors.toList());
                    break;
                default:
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i]
                                    + "; use --root <dir>, --smoke, --results <dir>, --cases 1,2,3,4, --dialects postgresql,mysql,sqlite");
            }
        }
        if (results == null) {
            results = root.resolve(smoke ? "benchmarks/target/smoke-results" : "benchmarks/results");
        }
        Report report = run(root, smoke ? Sizes.SMOKE : Sizes.FULL, cases, dialects, results);
        long missed = report.measurements().stream()
                .filter(m -> Boolean.FALSE.equals(m.met()))
                .count();
        System.out.println(missed == 0 ? "Every target met." : missed + " target(s) missed: see the table.");
    }

    /** The engine logs a line per applied migration at INFO: the benchmark shows warnings only. */
    static void quietEngineLog() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** Runs the cases at these sizes and writes the report into {@code results}. */
    static Report run(Path root, Sizes sizes, List<String> cases, List<Dialect> dialects, Path results)
            throws Exception {
        Path work = root.resolve("benchmarks/target/work-" + Instant.now().toEpochMilli());
        Files.createDirectories(work);
        Maven maven = new Maven(root, work);
        maven.installStorium();
        Report report = new Report(machine(), sizes.asMap());
        Context ctx = new Context(sizes, dialects, work, maven, report);
        long start = System.nanoTime();
        if (cases.contains("1")) {
            new MigrateCase(ctx).run();
        }
        if (cases.contains("2")) {
            new GenerateCase(ctx).run();
        }
        if (cases.contains("3")) {
            new InsertCase(ctx).run();
        }
        if (cases.contains("4")) {
            new StatusCase(ctx).run();
        }
        System.out.printf("Ran in %.0f s; work files in %s%n", Context.secondsSince(start), work);
        System.out.println();
        System.out.println(report.markdown());
        report.write(results);
        System.out.println("Wrote " + results.resolve("results.md") + " and " + results.resolve("results.json"));
        deleteTree(work.resolve("sqlite"));
        return report;
    }

    /** Cores, memory, CPU, operating system, Java, Maven and database versions. */
    static Map<String, String> machine() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", procLine("/proc/meminfo", "MemTotal:").replaceAll("\\s+", " "));
        m.put("cpu", procLine("/proc/cpuinfo", "model name"));
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maven", Maven.mavenVersion());
        m.put("postgresql", Database.version(Database.POSTGRES_SERVER));
        m.put("mariadb", Database.version(Database.MARIADB_SERVER));
        m.put("sqlite", Database.version("jdbc:sqlite::memory:"));
        m.put("flyway", Poms.FLYWAY_VERSION);
        m.put("load average at start", procLine("/proc/loadavg", ""));
        return m;
    }

    private static String procLine(String file, String prefix) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return "unknown";
        }
        return Files.readAllLines(path).stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .map(l -> l.substring(prefix.length())
                        .replaceFirst("^\\s*:?\\s*", "")
                        .trim())
                .orElse("unknown");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList());
        }
        for (Path p : new ArrayList<>(paths)) {
            Files.deleteIfExists(p);
        }
    }
}
