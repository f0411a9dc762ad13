package dev.storium.concurrency;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.internal.jdbc.Connections;
import dev.storium.options.MigrateOptions;
import dev.storium.result.MigrateResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of the concurrency tests: builds a configuration from {@code key=value} arguments ({@code dialect},
 * {@code url}, {@code user}, {@code password}, {@code out}; optionally {@code barrier}, a {@link StartBarrier}
 * directory, {@code id}, and {@code warmUp=false} to skip the first connection), runs {@link Storium#migrate} once, prints what it did on standard output as lines
 * {@code MIGRATE-PROCESS <key> <value>} and exits 0 when migrate succeeded, 1 when it did not, 2 on an unexpected
 * exception.
 */
public final class MigrateProcess {
    /** The prefix of every line the child prints for the parent. */
    static final String PREFIX = "MIGRATE-PROCESS";

    private MigrateProcess() {}

    /** Runs one migrate as described in the class comment. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        StoriumConfig config = new StoriumConfig(
                Dialect.fromKey(options.get("dialect")).orElseThrow(),
                options.get("url"),
                options.get("user"),
                options.get("password"),
                List.of(),
                List.of(),
                Path.of(options.get("out")),
                List.of(),
                Map.of(),
                null,
                Path.of(options.get("out")).getParent(),
                "child " + options.getOrDefault("id", "?"));
        // warm up outside the race: load the driver and open a first connection (unless warmUp=false: an H2 URL
        // with AUTO_SERVER=TRUE cannot be opened by several processes at once, and migrate refuses it before that)
        if (!"false".equals(options.get("warmUp"))) {
            Connections.open(config, "warm-up").close();
        }
        print("ready", options.getOrDefault("id", "?"));
        if (options.containsKey("barrier")) {
            StartBarrier.arriveAndAwait(Path.of(options.get("barrier")), options.get("id"), Duration.ofSeconds(60));
        }
        print("started", micros());
        int exit;
        try {
            MigrateResult result = Storium.migrate(config, MigrateOptions.DEFAULTS);
            print("finished", micros());
            result.applied().forEach(tag -> print("applied", tag));
            print("success", String.valueOf(result.success()));
            print("message", result.message().replace('\n', ' '));
            exit = result.success() ? 0 : 1;
        } catch (RuntimeException e) {
            print("finished", micros());
            print("success", "false");
            print("message", "unexpected " + e.getClass().getName() + ": " + e.getMessage());
            e.printStackTrace();
            exit = 2;
        }
        System.out.flush();
        System.exit(exit);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected key=value, found " + arg);
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        for (String required : List.of("dialect", "url", "out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing argument " + required + "=...");
            }
        }
        return options;
    }

    /** Now, in microseconds since the epoch: comparable between processes of one machine. */
    static String micros() {
        return String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
    }

    static void print(String key, String value) {
        System.out.println(PREFIX + " " + key + " " + value);
        System.out.flush();
    }
}
