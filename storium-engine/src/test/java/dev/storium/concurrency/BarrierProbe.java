package dev.storium.concurrency;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A child JVM that proves the launcher and the start barrier without a database: arguments {@code <barrier dir> <id>};
 * it waits at the barrier, prints its start time, loads the engine and a driver, holds on for half a second and prints
 * its finish time.
 */
public final class BarrierProbe {
    private BarrierProbe() {}

    /** Waits at the barrier, then reports as described in the class comment. */
    public static void main(String[] args) throws Exception {
        MigrateProcess.print("ready", args[1]);
        StartBarrier.arriveAndAwait(Path.of(args[0]), args[1], Duration.ofSeconds(60));
        MigrateProcess.print("started", MigrateProcess.micros());
        Class.forName("dev.storium.Storium");
        Class.forName("org.postgresql.Driver");
        Thread.sleep(500);
        MigrateProcess.print("finished", MigrateProcess.micros());
    }
}
