package dev.storium.internal.sql;

import java.util.Set;
import java.util.function.UnaryOperator;

/** Check conditions as a dialect needs them written. */
final class CheckText {
    private CheckText() {}

    /**
     * The condition with every bare mention of one of {@code columns} quoted by {@code quote}: H2 folds an unquoted
     * name to upper case, so {@code price > 0} would name a column {@code PRICE} that Storium's quoted, lower-case
     * tables do not have. Text in quotes, names already quoted, qualified names ({@code t.x}) and function calls
     * ({@code length(...)}) are left as written.
     */
    static String quoteColumns(String condition, Set<String> columns, UnaryOperator<String> quote) {
        return quoteNames(condition, columns, quote, false);
    }

    /**
     * The text with every mention of one of {@code names} quoted by {@code quote}, qualified ones ({@code u.email})
     * included when {@code qualifiedToo}; text in quotes, names already quoted and function calls are left as written.
     */
    static String quoteNames(String condition, Set<String> columns, UnaryOperator<String> quote, boolean qualifiedToo) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < condition.length()) {
            char ch = condition.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                int end = condition.indexOf(ch, i + 1);
                end = end < 0 ? condition.length() : end + 1;
                out.append(condition, i, end);
                i = end;
            } else if (Character.isLetter(ch) || ch == '_') {
                int end = i;
                while (end < condition.length()
                        && (Character.isLetterOrDigit(condition.charAt(end)) || condition.charAt(end) == '_')) {
                    end++;
                }
                String word = condition.substring(i, end);
                boolean qualified = !qualifiedToo && i > 0 && condition.charAt(i - 1) == '.';
                boolean call = nextNonSpace(condition, end) == '(';
                out.append(columns.contains(word) && !qualified && !call ? quote.apply(word) : word);
                i = end;
            } else if (Character.isDigit(ch)) {
                int end = i;
                while (end < condition.length() && Character.isLetterOrDigit(condition.charAt(end))) {
                    end++; // a number such as 1e5 is not a name
                }
                out.append(condition, i, end);
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
