package dev.storium.options;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of one diagram run.
 *
 * @param file the file to write: a Markdown file ({@code .md}) gets the diagram in a {@code mermaid} code block, any
 *     other name the Mermaid text alone (such as {@code schema.mmd}, for the Mermaid CLI); its directory is created
 * @param fromDatabase draw the configured database's tables, as its catalog holds them, instead of the code's
 * @param force overwrite a file that storium:diagram did not write; a diagram it wrote is always replaced
 */
public record DiagramOptions(Path file, boolean fromDatabase, boolean force) {
    public DiagramOptions {
        Objects.requireNonNull(file, "file");
    }
}
