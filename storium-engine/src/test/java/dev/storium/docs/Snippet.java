package dev.storium.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fenced code block of a Markdown page: its language, the words after it on the fence line, its text and where it
 * starts ({@code docs/schema.md:42}).
 */
public record Snippet(String language, String options, String text, String where) {
    /** The fenced blocks of {@code page}, named relative to {@code root}. */
    static List<Snippet> of(Path root, Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<Snippet> snippets = new ArrayList<>();
        String name = root.relativize(page).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String fence = line.stripLeading();
            if (!fence.startsWith("```") || fence.length() == 3) {
                continue;
            }
            int indent = line.length() - fence.length();
            String[] info = fence.substring(3).strip().split("\\s+", 2);
            StringBuilder text = new StringBuilder();
            int start = i + 1;
            for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                String body = lines.get(i);
                text.append(body.length() >= indent ? body.substring(Math.min(indent, leading(body))) : body)
                        .append('\n');
            }
            snippets.add(new Snippet(info[0], info.length > 1 ? info[1] : "", text.toString(), name + ":" + start));
        }
        return snippets;
    }

    private static int leading(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Whether the page marks it as shown but not checked (the fence line says {@code not-compiled} and why). */
    public boolean exempt() {
        return options.startsWith("not-compiled");
    }
}
