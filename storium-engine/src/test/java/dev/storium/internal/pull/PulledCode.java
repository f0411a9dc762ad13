package dev.storium.internal.pull;

import dev.storium.internal.scan.SchemaScan;
import dev.storium.options.SchemaSource;
import dev.storium.schema.SchemaDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Pulled source compiled in-process (javax.tools, on the test classpath) and scanned as a project's classes are. */
final class PulledCode {
    private PulledCode() {}

    /** Writes the sources under {@code root}/src, compiles them to {@code root}/classes, and scans those. */
    static SchemaDefinition compileAndScan(List<PulledSource> sources, Path root) throws IOException {
        Path src = root.resolve("src");
        Path classes = root.resolve("classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        for (PulledSource source : sources) {
            Path file = src.resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.text());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int status = compiler.run(
                null,
                null,
                new java.io.PrintStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        errors.write(b);
                    }
                }),
                arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("the pulled source does not compile:\n" + errors + "\n"
                    + sources.stream().map(PulledSource::text).reduce("", String::concat));
        }
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, PulledCode.class.getClassLoader());
        return SchemaScan.collect(List.of(), new SchemaSource(loader, List.of(classes)))
                .definition();
    }
}
