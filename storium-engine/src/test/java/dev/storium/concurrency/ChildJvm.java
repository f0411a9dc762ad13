package dev.storium.concurrency;

import io.github.classgraph.ClassGraph;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts a {@code main} class of the test class path in a separate JVM ({@code java.home}'s launcher). The child gets
 * the test class path through the {@code CLASSPATH} environment variable, so its length never meets a command-line
 * limit. Surefire may run the tests from a manifest-only jar; the class path is taken from {@code java.class.path} or
 * {@code surefire.test.class.path} when either holds every class a child needs, and otherwise resolved by ClassGraph
 * (which follows manifest {@code Class-Path} entries).
 */
final class ChildJvm {
    /** Classes whose locations the child's class path must contain: the test classes, the engine and the drivers. */
    private static final List<Class<?>> NEEDED = List.of(
            ChildJvm.class,
            dev.storium.Storium.class,
            org.jooq.DSLContext.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            org.slf4j.Logger.class,
            org.slf4j.impl.StaticLoggerBinder.class,
            org.postgresql.Driver.class,
            com.mysql.cj.jdbc.Driver.class,
            org.sqlite.JDBC.class,
            org.h2.Driver.class);

    private static volatile String classPath;

    private ChildJvm() {}

    /** Starts {@code main} with {@code args} as child {@code name}, its output going to files in {@code logs}. */
    static Child start(String name, Class<?> main, List<String> args, Path logs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CLASSPATH", classPath());
        Path stdout = logs.resolve(name + ".out");
        Path stderr = logs.resolve(name + ".err");
        builder.redirectOutput(stdout.toFile());
        builder.redirectError(stderr.toFile());
        return new Child(name, builder.start(), stdout, stderr);
    }

    /** The class path a child runs with: every entry of the test class path. */
    static String classPath() {
        String resolved = classPath;
        if (resolved == null) {
            resolved = resolveClassPath(List.of(
                    System.getProperty("java.class.path", ""), System.getProperty("surefire.test.class.path", "")));
            classPath = resolved;
        }
        return resolved;
    }

    /** The first of {@code candidates} that holds every needed class, else the class path ClassGraph finds. */
    static String resolveClassPath(List<String> candidates) {
        for (String candidate : candidates) {
            if (!candidate.isBlank() && missing(candidate).isEmpty()) {
                return candidate;
            }
        }
        String scanned = new ClassGraph()
                .getClasspathFiles().stream()
                        .map(File::getAbsolutePath)
                        .collect(Collectors.joining(File.pathSeparator));
        List<String> missing = missing(scanned);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no usable class path for child JVMs: java.class.path="
                    + System.getProperty("java.class.path") + ", ClassGraph found " + scanned + ", missing "
                    + missing);
        }
        return scanned;
    }

    /** The locations of {@link #NEEDED} classes that {@code candidate} lacks. */
    static List<String> missing(String candidate) {
        Set<Path> entries = Arrays.stream(candidate.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> missing = new ArrayList<>();
        for (Class<?> type : NEEDED) {
            Path location = location(type);
            if (!entries.contains(location)) {
                missing.add(location.toString());
            }
        }
        return missing;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath()
                    .normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type.getName(), e);
        }
    }
}
