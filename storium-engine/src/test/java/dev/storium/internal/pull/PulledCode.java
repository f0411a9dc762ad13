package dev.storium.internal.pull;

import dev.storium.internal.scan.SchemaScan;
import dev.storium.options.SchemaSource;
import dev.storium.schema.SchemaDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/** Pulled source compiled in-process (javax.tools, on the test classpath) and scanned as a project's classes are. */
public final class PulledCode {
    private PulledCode() {}

    /** Writes the classes under {@code root}/src, compiles them to {@code root}/classes, and scans those. */
    static SchemaDefinition compileAndScan(PulledSource source, Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (PulledSource.PulledClass pulled : source.classes()) {
            Path file = root.resolve("src").resolve(pulled.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, pulled.text());
            files.add(file);
        }
        return SchemaScan.collect(List.of(), compile(files, root)).definition();
    }

    /** The text of every class of the source, one after the other. */
    static String text(PulledSource source) {
        return source.classes().stream().map(PulledSource.PulledClass::text).reduce("", String::concat);
    }

    /** The text of every file, one after the other. */
    static String text(List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(Files.readString(file));
        }
        return text.toString();
    }

    /** Compiles source files to {@code root}/classes: the classes of a project, as a schema source. */
    public static SchemaSource compile(List<Path> files, Path root) throws IOException {
        Path classes = root.resolve("classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        StringBuilder texts = new StringBuilder();
        for (Path file : files) {
            arguments.add(file.toString());
            texts.append(Files.readString(file));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        new PrintStream(errors, true, StandardCharsets.UTF_8),
                        arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError(
                    "the pulled source does not compile:\n" + errors.toString(StandardCharsets.UTF_8) + "\n" + texts);
        }
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, PulledCode.class.getClassLoader());
        return new SchemaSource(loader, List.of(classes));
    }
}
