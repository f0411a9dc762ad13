package dev.storium.internal.diff;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name part of a migration file ({@code 0001_<name>.sql}): derived from its changes, or cleaned from the name a
 * user gives. Names are snake_case, only {@code [a-z0-9_]}, at most {@value #MAX_LENGTH} characters.
 */
public final class MigrationNames {
    /** The longest name, in characters. */
    public static final int MAX_LENGTH = 60;

    private static final String MORE = "_and_more";

    private MigrationNames() {}

    /**
     * A name that says what the changes do, such as {@code create_users}, {@code add_users_bio} or
     * {@code create_users_and_more}; {@code custom} for no changes.
     */
    public static String derive(List<SchemaChange> changes) {
        // sales.orders, a table of a named schema, reads sales_orders
        List<String> phrases =
                phrases(changes).stream().map(p -> p.replace('.', '_')).toList();
        if (phrases.isEmpty()) {
            return "custom";
        }
        String first = clean(phrases.get(0));
        if (phrases.size() == 1 || first.endsWith(MORE)) {
            return shorten(first, phrases.size() == 1 ? "" : MORE);
        }
        String both = first + "_and_" + clean(phrases.get(1));
        if (phrases.size() == 2 && both.length() <= MAX_LENGTH) {
            return both;
        }
        return shorten(first, MORE);
    }

    /** The user's name for a migration, lower-cased, spaces and dashes turned into {@code _}, other signs removed. */
    public static String sanitize(String userName) {
        String cleaned = userName == null ? "" : clean(userName);
        if (cleaned.isEmpty()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The migration name given with -Dstorium.name (\"" + (userName == null ? "" : userName)
                            + "\") has no letter or digit. Expected words of letters and digits, such as "
                            + "-Dstorium.name=add_user_bio, or leave it out to name the migration after its changes.");
        }
        return shorten(cleaned, "");
    }

    /** One phrase per thing the changes do, in order: creates and drops of tables each merged into one phrase. */
    private static List<String> phrases(List<SchemaChange> changes) {
        Map<String, List<String>> tableVerbs = new LinkedHashMap<>();
        List<String> phrases = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable) {
                created.add(change.table());
            } else if (change instanceof SchemaChange.DropTable) {
                dropped.add(change.table());
            }
        }
        for (SchemaChange change : changes) {
            String phrase = change.accept(new Phrase(changes, created, dropped));
            if (phrase == null || phrases.contains(phrase)) {
                continue;
            }
            if (change instanceof SchemaChange.CreateTable || change instanceof SchemaChange.DropTable) {
                String verb = phrase.substring(0, phrase.indexOf('_'));
                if (!tableVerbs.containsKey(verb)) {
                    tableVerbs.put(verb, new ArrayList<>());
                    phrases.add(verb);
                }
                tableVerbs.get(verb).add(change.table());
            } else {
                phrases.add(phrase);
            }
        }
        List<String> merged = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> tables = tableVerbs.get(phrase);
            merged.add(tables == null ? phrase : tablePhrase(phrase, tables));
        }
        return merged;
    }

    private static String tablePhrase(String verb, List<String> tables) {
        String two = verb + "_" + tables.get(0) + (tables.size() > 1 ? "_" + tables.get(1) : "");
        if (tables.size() == 1 || (tables.size() == 2 && two.length() <= MAX_LENGTH)) {
            return two;
        }
        return (two.length() + MORE.length() <= MAX_LENGTH ? two : verb + "_" + tables.get(0)) + MORE;
    }

    /** Lower case, every run of other signs than letters and digits one {@code _}, none at either end. */
    private static String clean(String text) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        return lower.replaceAll("[\\s\\-]+", "_")
                .replaceAll("[^a-z0-9_]", "")
                .replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
    }

    /** The name cut at a word boundary so that it and the suffix fit in {@link #MAX_LENGTH}. */
    private static String shorten(String name, String suffix) {
        String base = name.endsWith(MORE) ? name.substring(0, name.length() - MORE.length()) : name;
        String end = name.endsWith(MORE) ? MORE : suffix;
        int room = MAX_LENGTH - end.length();
        if (base.length() > room) {
            int cut = base.lastIndexOf('_', room);
            base = base.substring(0, cut > 0 ? cut : room);
        }
        return base.replaceAll("_+$", "") + end;
    }

    /** The phrase of one change, or null when the change only follows from another one in the list. */
    private static final class Phrase implements SchemaChange.Visitor<String> {
        private final List<SchemaChange> changes;
        private final Set<String> created;
        private final Set<String> dropped;

        Phrase(List<SchemaChange> changes, Set<String> created, Set<String> dropped) {
            this.changes = changes;
            this.created = created;
            this.dropped = dropped;
        }

        public String visit(SchemaChange.CreateTable change) {
            return "create_" + change.table();
        }

        public String visit(SchemaChange.DropTable change) {
            return "drop_" + change.table();
        }

        public String visit(SchemaChange.RenameTable change) {
            return "rename_" + change.from() + "_to_" + change.to();
        }

        public String visit(SchemaChange.AddColumn change) {
            return "add_" + change.table() + "_" + change.column().name();
        }

        public String visit(SchemaChange.DropColumn change) {
            return "drop_" + change.table() + "_" + change.column().name();
        }

        public String visit(SchemaChange.RenameColumn change) {
            return "rename_" + change.table() + "_" + change.from() + "_to_" + change.to();
        }

        public String visit(SchemaChange.AlterColumn change) {
            return "alter_" + change.table() + "_" + change.to().name();
        }

        public String visit(SchemaChange.AlterPrimaryKey change) {
            return "alter_" + change.table() + "_primary_key";
        }

        public String visit(SchemaChange.CreateIndex change) {
            if (created.contains(change.table())) {
                return null;
            }
            Index dropped = droppedIndex(change.index().name());
            if (change.index().equals(dropped)) {
                return null;
            }
            return (dropped == null ? "add_" : "alter_") + indexSubject(change.table(), change.index());
        }

        public String visit(SchemaChange.DropIndex change) {
            if (dropped.contains(change.table()) || createsIndex(change.index().name())) {
                return null;
            }
            return "drop_" + indexSubject(change.table(), change.index());
        }

        public String visit(SchemaChange.AddForeignKey change) {
            if (created.contains(change.table())) {
                return null;
            }
            ForeignKey dropped = droppedForeignKey(change.foreignKey().name());
            if (change.foreignKey().equals(dropped)) {
                return null;
            }
            return (dropped == null ? "add_" : "alter_") + fkSubject(change.table(), change.foreignKey());
        }

        public String visit(SchemaChange.DropForeignKey change) {
            if (dropped.contains(change.table())
                    || addsForeignKey(change.foreignKey().name())) {
                return null;
            }
            return "drop_" + fkSubject(change.table(), change.foreignKey());
        }

        public String visit(SchemaChange.AddCheck change) {
            return (change.replaces() == null ? "add_" : "alter_")
                    + change.check().name();
        }

        public String visit(SchemaChange.DropCheck change) {
            return change.replaced() ? null : "drop_" + change.check().name();
        }

        public String visit(SchemaChange.RenameIndex change) {
            return "rename_" + change.from().name() + "_to_" + change.to().name();
        }

        public String visit(SchemaChange.RenameCheck change) {
            return "rename_" + change.from().name() + "_to_" + change.to().name();
        }

        /** {@code comment_users}, or {@code drop_comment_users} when the only comment change of the table drops it. */
        public String visit(SchemaChange.CommentTable change) {
            return commentPhrase(change.table(), change.to() == null, "");
        }

        /**
         * {@code comment_users_email}, or {@code drop_comment_users_email}; {@code comment_users} when the table has
         * more than one comment change.
         */
        public String visit(SchemaChange.CommentColumn change) {
            return commentPhrase(
                    change.table(),
                    change.to().comment() == null,
                    "_" + change.to().name());
        }

        /** {@code create_view_x}, {@code alter_view_x} for a changed query; nothing when only created again. */
        public String visit(SchemaChange.CreateView change) {
            if (change.replaces() == null) {
                return "create_view_" + change.view().name();
            }
            return change.replaces().sameQuery(change.view())
                    ? null
                    : "alter_view_" + change.view().name();
        }

        public String visit(SchemaChange.DropView change) {
            return change.replaced() ? null : "drop_view_" + change.view().name();
        }

        public String visit(SchemaChange.CreateSequence change) {
            return "create_sequence_" + change.table();
        }

        public String visit(SchemaChange.AlterSequence change) {
            return "alter_sequence_" + change.table();
        }

        public String visit(SchemaChange.DropSequence change) {
            return "drop_sequence_" + change.table();
        }

        /** None: the objects created in the schema name the migration. */
        public String visit(SchemaChange.CreateSchema change) {
            return null;
        }

        private String commentPhrase(String table, boolean dropped, String column) {
            long onTable = changes.stream()
                    .filter(c -> (c instanceof SchemaChange.CommentTable || c instanceof SchemaChange.CommentColumn)
                            && c.table().equals(table))
                    .count();
            if (onTable > 1) {
                return "comment_" + table;
            }
            return (dropped ? "drop_comment_" : "comment_") + table + column;
        }

        /** None: an enum is created for a column that the list creates, adds or changes. */
        public String visit(SchemaChange.CreateEnum change) {
            return null;
        }

        public String visit(SchemaChange.AlterEnum change) {
            return "alter_enum_" + change.to().name();
        }

        /** None: an enum is dropped with the last column that used it. */
        public String visit(SchemaChange.DropEnum change) {
            return null;
        }

        private Index droppedIndex(String name) {
            return changes.stream()
                    .filter(c -> c instanceof SchemaChange.DropIndex)
                    .map(c -> ((SchemaChange.DropIndex) c).index())
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        private boolean createsIndex(String name) {
            return changes.stream()
                    .anyMatch(c -> c instanceof SchemaChange.CreateIndex
                            && ((SchemaChange.CreateIndex) c).index().name().equals(name));
        }

        private ForeignKey droppedForeignKey(String name) {
            return changes.stream()
                    .filter(c -> c instanceof SchemaChange.DropForeignKey)
                    .map(c -> ((SchemaChange.DropForeignKey) c).foreignKey())
                    .filter(fk -> fk.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        private boolean addsForeignKey(String name) {
            return changes.stream()
                    .anyMatch(c -> c instanceof SchemaChange.AddForeignKey
                            && ((SchemaChange.AddForeignKey) c)
                                    .foreignKey()
                                    .name()
                                    .equals(name));
        }

        private static String indexSubject(String table, Index index) {
            if (index.columns().isEmpty()) {
                return index.name(); // an index on expressions
            }
            return table + "_" + String.join("_", index.columns()) + (index.unique() ? "_unique" : "_index");
        }

        private static String fkSubject(String table, ForeignKey fk) {
            return table + "_" + String.join("_", fk.columns()) + "_fk";
        }
    }
}
