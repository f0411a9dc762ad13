package dev.storium.schema;

/**
 * The rules of a table's or a column's comment: plain text that every database keeps exactly as written. The limits
 * are MySQL's and MariaDB's, the smallest of the four databases, applied on every dialect so that a definition stays
 * portable.
 */
final class CommentRules {
    /** The longest table comment, in characters (MySQL and MariaDB). */
    static final int TABLE_MAX = 2048;

    /** The longest column comment, in characters (MySQL and MariaDB). */
    static final int COLUMN_MAX = 1024;

    private CommentRules() {}

    /** Throws unless the table's comment is plain text of at most {@link #TABLE_MAX} characters. */
    static void checkTable(String table, String comment) {
        String[] problem = problem(comment, TABLE_MAX, "table");
        if (problem != null) {
            throw DefinitionError.table(table, problem[0], problem[1]);
        }
    }

    /** Throws unless the column's comment is plain text of at most {@link #COLUMN_MAX} characters. */
    static void checkColumn(String table, String column, String comment) {
        String[] problem = problem(comment, COLUMN_MAX, "column");
        if (problem != null) {
            throw DefinitionError.column(table, column, problem[0], problem[1]);
        }
    }

    /** What is wrong with the comment and the fix, or null when nothing is. */
    private static String[] problem(String comment, int max, String what) {
        if (comment.isBlank()) {
            return new String[] {
                "the comment is empty; MySQL and MariaDB read an empty comment as none",
                "remove .comment(...) for no comment, or write the comment's text"
            };
        }
        for (int i = 0; i < comment.length(); i++) {
            char ch = comment.charAt(i);
            if (Character.isSurrogate(ch)) {
                return new String[] {
                    "the comment holds the character " + codePoint(comment.codePointAt(i)) + " at position " + (i + 1)
                            + ", beyond U+FFFF, which MariaDB cannot keep in a comment (it stores comments as utf8mb3)",
                    "remove that character or describe it in words; characters up to U+FFFF are kept"
                };
            }
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                return new String[] {
                    "the comment holds the control character " + codePoint(ch) + " at position " + (i + 1)
                            + "; a comment is plain text",
                    "remove that character; line breaks and tabs are allowed"
                };
            }
        }
        if (comment.length() > max) {
            return new String[] {
                "the comment has " + comment.length() + " characters, more than the " + max + " that MySQL and"
                        + " MariaDB keep for a " + what + " comment",
                "shorten the comment to at most " + max + " characters"
            };
        }
        return null;
    }

    private static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
