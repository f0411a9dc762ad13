package dev.storium.concurrency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A child JVM started by {@link ChildJvm}, with its standard output and error written to files (so a full pipe never
 * blocks it).
 */
record Child(String name, Process process, Path stdout, Path stderr) {

    /** Waits for the child to exit; kills it and fails when it takes longer than {@code timeout}. */
    int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(
                    "child " + name + " did not finish within " + timeout + " and was killed:\n" + describe());
        }
        return process.exitValue();
    }

    /** The lines the child has written to standard output so far. */
    List<String> lines() {
        return read(stdout);
    }

    /** The values of the lines {@code PREFIX key value} of standard output, in order. */
    List<String> values(String key) {
        String start = MigrateProcess.PREFIX + " " + key + " ";
        return lines().stream()
                .filter(line -> line.startsWith(start))
                .map(line -> line.substring(start.length()))
                .collect(Collectors.toList());
    }

    /** The single value of {@code key}; fails when the child printed none or several. */
    String value(String key) {
        List<String> values = values(key);
        if (values.size() != 1) {
            throw new IllegalStateException(
                    "child " + name + " printed " + values.size() + " `" + key + "` lines:\n" + describe());
        }
        return values.get(0);
    }

    /** Exit state, standard output and the end of standard error, for assertion messages. */
    String describe() {
        String exit = process.isAlive() ? "running" : "exit " + process.exitValue();
        List<String> errors = read(stderr);
        List<String> tail = errors.subList(Math.max(0, errors.size() - 40), errors.size());
        return "--- " + name + " (" + exit + ") stdout:\n" + String.join("\n", lines()) + "\n--- " + name
                + " stderr (last " + tail.size() + " lines):\n" + String.join("\n", tail);
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
