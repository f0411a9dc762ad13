package dev.storium.internal.scan;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glob patterns over fully qualified class names: {@code *} matches within one package segment, {@code **} across
 * segments, {@code ?} one character of a segment. No patterns match every class.
 */
public final class ClassFilter {
    private final List<String> globs;
    private final List<Pattern> patterns = new ArrayList<>();

    /** The filter of these globs; {@code key} names the setting in error messages ({@code schema}, {@code stores}). */
    public ClassFilter(String key, List<String> globs) {
        this.globs = List.copyOf(globs);
        for (String glob : this.globs) {
            patterns.add(compile(key, glob));
        }
    }

    /** True when the class name matches a pattern, or there are none. */
    public boolean matches(String className) {
        return patterns.isEmpty()
                || patterns.stream().anyMatch(p -> p.matcher(className).matches());
    }

    /** The packages every match lies in, for narrowing a scan; empty when some pattern can match any package. */
    public List<String> packages() {
        List<String> packages = new ArrayList<>();
        for (String glob : globs) {
            String prefix = literalPackage(glob);
            if (prefix.isEmpty()) {
                return List.of();
            }
            packages.add(prefix);
        }
        return packages;
    }

    /** The patterns, for messages. */
    public List<String> globs() {
        return globs;
    }

    private static String literalPackage(String glob) {
        String[] segments = glob.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].contains("*") || segments[i].contains("?")) {
                break;
            }
            prefix.append(prefix.length() == 0 ? "" : ".").append(segments[i]);
        }
        return prefix.toString();
    }

    private static Pattern compile(String key, String glob) {
        if (glob == null || glob.isBlank() || glob.contains("/") || glob.contains("\\") || glob.endsWith(".java")) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The " + key + " pattern '" + glob + "' is not a class-name pattern: Storium matches compiled"
                            + " classes by fully qualified name, not source files or directories. Fix: write it like"
                            + " com.example." + ("schema".equals(key) ? "db" : key) + ".* (classes of one package) or"
                            + " com.example.** (and its subpackages).");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else if (c == '?') {
                regex.append("[^.]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
