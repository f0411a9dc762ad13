package dev.storium.concurrency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A start line shared by processes through a directory: each child writes {@code ready-<id>} when it has warmed up and
 * then waits for the file {@code go}, which the parent writes once every child is ready. The children then leave the
 * barrier within a millisecond or two of each other.
 */
final class StartBarrier {
    private static final String GO = "go";

    private final Path directory;

    StartBarrier(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /**
     * Starts {@code count} {@link MigrateProcess} children, {@code process-1} to {@code process-<count>}, each with
     * {@code arguments} and its barrier and id, waits until all are ready and lets them go at once; the barrier lives
     * in {@code work/barrier}. A child that fails to get ready stops them all.
     */
    static List<Child> race(Path work, int count, List<String> arguments) throws Exception {
        return race(work, java.util.Collections.nCopies(count, arguments));
    }

    /** Child side: announces {@code id} as ready, then waits (at most {@code timeout}) for the parent's go. */
    static void arriveAndAwait(Path directory, String id, Duration timeout) throws IOException, InterruptedException {
        Path ready = directory.resolve("ready-" + id + ".tmp");
        Files.writeString(ready, id);
        Files.move(ready, directory.resolve("ready-" + id), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.nanoTime() + timeout.toNanos();
        Path go = directory.resolve(GO);
        while (!Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no go from the parent within " + timeout + " in " + directory);
            }
            Thread.onSpinWait();
            Thread.sleep(0, 200_000);
        }
    }

    /**
     * Parent side: waits until every child of {@code children} is ready; fails, naming the child, when one exits
     * before it is ready or the timeout passes.
     */
    void awaitReady(List<Child> children, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Child child : children) {
            Path ready = directory.resolve("ready-" + child.name());
            while (!Files.exists(ready)) {
                if (!child.process().isAlive()) {
                    throw new IllegalStateException(
                            "child " + child.name() + " exited before the start barrier:\n" + child.describe());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "child " + child.name() + " not ready within " + timeout + ":\n" + child.describe());
                }
                Thread.sleep(5);
            }
        }
    }

    /**
     * Starts one {@link MigrateProcess} per entry of {@code arguments} (named {@code process-1}, {@code process-2}...,
     * logging under {@code work}), waits until all are ready, and lets them go at once.
     */
    static List<Child> race(Path work, List<List<String>> arguments) throws Exception {
        Path barrierDirectory = Files.createDirectory(work.resolve("barrier"));
        StartBarrier barrier = new StartBarrier(barrierDirectory);
        List<Child> children = new java.util.ArrayList<>();
        try {
            for (int i = 1; i <= arguments.size(); i++) {
                List<String> childArguments = new java.util.ArrayList<>(arguments.get(i - 1));
                childArguments.add("barrier=" + barrierDirectory);
                childArguments.add("id=process-" + i);
                children.add(ChildJvm.start("process-" + i, MigrateProcess.class, childArguments, work));
            }
            barrier.awaitReady(children, Duration.ofSeconds(90));
        } catch (Exception | Error e) {
            children.forEach(child -> child.process().destroyForcibly());
            throw e;
        }
        barrier.open();
        return children;
    }

    /** Parent side: lets every waiting child go. */
    void open() {
        try {
            Path temp = directory.resolve(GO + ".tmp");
            Files.writeString(temp, "go");
            Files.move(temp, directory.resolve(GO), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
