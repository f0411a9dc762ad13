package dev.storium.internal.diagram;

import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.catalog.ExactReading;
import dev.storium.internal.history.History;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.Models;
import dev.storium.internal.model.Table;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.text.Phrases;
import dev.storium.options.DiagramOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.DiagramResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The diagram goal: the code's tables (or, asked to, the configured database's) drawn by {@link Mermaid} and written
 * to one file. The file's first line says that storium:diagram wrote it; a file without that line is someone else's,
 * and is replaced only when forced.
 */
public final class Diagram {
    /** The words of the first line that mark a file as written by storium:diagram. */
    static final String MARK = "Written by storium:diagram";

    private Diagram() {}

    /** Draws the schema and writes the file; nothing is written when it refuses. */
    public static DiagramResult run(StoriumConfig config, SchemaSource source, DiagramOptions options) {
        Path file = options.file().toAbsolutePath().normalize();
        checkWritable(file, options.force());
        Mermaid.Drawing drawing;
        String origin;
        if (options.fromDatabase()) {
            ExactReading reading = read(config);
            drawing = Mermaid.draw(reading.model(), (table, column) -> ownType(reading, table, column));
            origin = "the database at " + Connections.describe(config);
        } else {
            var found = SchemaScan.requireTables(config.schema(), source);
            var model = Models.fromDefinitions(found.definition(), config.dialect())
                    .forDialect(config.dialect().key());
            drawing = Mermaid.draw(model, Mermaid::codeType);
            origin = "the code (" + Phrases.count(found.classes().size(), "schema class") + ")";
        }
        write(file, content(file, drawing.text(), options.fromDatabase()));
        String message = "Drew " + Phrases.count(drawing.tables(), "table") + " and "
                + Phrases.count(drawing.relationships(), "relationship") + " of " + origin + " into " + file
                + " (Mermaid erDiagram: GitHub, GitLab and IDE Markdown previews render it).";
        return new DiagramResult(
                true, message, file, drawing.tables(), drawing.relationships(), drawing.warnings(), null);
    }

    private static String ownType(ExactReading reading, Table table, Column column) {
        String own = reading.ownType(table.name(), column.name());
        return own == null ? Mermaid.codeType(table, column) : own.toLowerCase(Locale.ROOT);
    }

    private static ExactReading read(StoriumConfig config) {
        try (Connection connection = Connections.openReadOnly(config, "diagram")) {
            return ExactReading.read(connection, config.dialect(), History.bookkeepingTables(config));
        } catch (SQLException e) {
            throw new StoriumException(
                    ErrorCode.DATABASE, "Could not close the connection: " + Connections.safeMessage(e, config), e);
        }
    }

    private static boolean markdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static String content(Path file, String diagram, boolean fromDatabase) {
        String mark =
                MARK + " from " + (fromDatabase ? "the database" : "the code") + "; run it again to update this file.";
        if (markdown(file)) {
            return "<!-- " + mark + " -->\n\n```mermaid\n" + diagram + "```\n";
        }
        return "%% " + mark + "\n" + diagram;
    }

    private static void checkWritable(Path file, boolean force) {
        if (Files.isDirectory(file)) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Cannot draw the diagram: " + file + " is a directory. Nothing was written. Fix: name a file, such"
                            + " as -Dstorium.diagram=" + file.resolve("schema.md") + ".");
        }
        if (!Files.exists(file) || force) {
            return;
        }
        String first;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            first = lines.findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            first = "";
        }
        if (!first.contains(MARK)) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Cannot draw the diagram: " + file + " exists and storium:diagram did not write it (its first line"
                            + " does not say so), so it is left untouched. Nothing was written. Fix: draw into another"
                            + " file (-Dstorium.diagram=...), or overwrite this one with -Dstorium.force=true.");
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".storium-diagram", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO, "Cannot write the diagram to " + file + ": " + e.getMessage() + ".", e);
        }
    }
}
