package dev.storium.internal.diagram;

import dev.storium.internal.diff.Widening;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A schema model drawn as a Mermaid entity-relationship diagram: one entity per table with its columns (type, name,
 * {@code PK}/{@code FK}/{@code UK}, comment) and one relationship per foreign key, in crow's-foot notation.
 *
 * <p>Mermaid's grammar decides the spelling, checked against Mermaid 11's parser: entity names are always quoted
 * (so that {@code sales.orders} or a keyword such as {@code end} is a name), without the three characters a quoted name
 * cannot hold ({@code " % \}); an attribute's type and name are single words of letters, digits, {@code _} and
 * {@code -} (a type also keeps {@code ( ) , [ ]}), so {@code double precision} is drawn {@code double_precision} and
 * a name Mermaid cannot spell keeps its real name in the comment; a comment holds no double quote.
 *
 * <p>A relationship runs from the referenced table to the referencing one. The referenced side is "exactly one" when
 * every referencing column is NOT NULL, else "zero or one"; the referencing side is "zero or one" when its columns
 * are the table's primary key or a unique key (one-to-one), else "zero or more". The line is solid (identifying) when
 * the referencing columns are part of the primary key, dashed otherwise. The label names the referencing columns.
 */
final class Mermaid {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_\\-]*");
    private static final Pattern NOT_IN_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\-]");
    private static final Pattern NOT_IN_TYPE = Pattern.compile("[^\\p{L}\\p{N}_\\-(),\\[\\]]");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\"%\\\\]");
    private static final String INDENT = "    ";

    private Mermaid() {}

    /** The diagram's text and what it drew. */
    record Drawing(String text, int tables, int relationships, List<String> warnings) {
        Drawing {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Draws the model's tables, by name. {@code typeOf} gives a column's type as the diagram names it (table name,
     * column): the code's Storium type, or the database's own spelling.
     */
    static Drawing draw(SchemaModel model, BiFunction<Table, Column, String> typeOf) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> entities = entityNames(model, warnings);
        StringBuilder text = new StringBuilder("erDiagram\n");
        int relationships = 0;
        for (Table table : model.tables().values()) {
            text.append(INDENT).append(entities.get(table.name())).append(" {\n");
            for (Column column : table.columns()) {
                text.append(INDENT)
                        .append(INDENT)
                        .append(attribute(table, column, typeOf))
                        .append('\n');
            }
            text.append(INDENT).append("}\n");
        }
        for (Table table : model.tables().values()) {
            for (ForeignKey key : table.foreignKeys()) {
                String parent = entities.get(key.refTable());
                if (parent == null) {
                    warnings.add("Table " + table.name() + ": the foreign key " + key.name() + " references "
                            + key.refTable() + ", which is not in the diagram; it is drawn as a column marked FK"
                            + " without a line.");
                    continue;
                }
                text.append(INDENT)
                        .append(relationship(table, key, parent, entities.get(table.name())))
                        .append('\n');
                relationships++;
            }
        }
        return new Drawing(text.toString(), model.tables().size(), relationships, warnings);
    }

    private static Map<String, String> entityNames(SchemaModel model, List<String> warnings) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String table : model.tables().keySet()) {
            String name = NOT_IN_NAME.matcher(table).replaceAll("_");
            if (!name.equals(table)) {
                warnings.add(
                        "Table " + table + " is drawn as " + name + ": a Mermaid entity name cannot hold \", % or \\.");
            }
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            names.put(table, "\"" + unique + "\"");
        }
        return names;
    }

    private static String attribute(Table table, Column column, BiFunction<Table, Column, String> typeOf) {
        String type = NOT_IN_TYPE.matcher(typeOf.apply(table, column).strip()).replaceAll("_");
        if (type.isEmpty() || !Character.isLetter(type.codePointAt(0)) && type.charAt(0) != '_') {
            type = "_" + type;
        }
        String name = word(column.name());
        StringBuilder line = new StringBuilder(type).append(' ').append(name);
        List<String> keys = keys(table, column.name());
        if (!keys.isEmpty()) {
            line.append(' ').append(String.join(", ", keys));
        }
        List<String> notes = new ArrayList<>();
        if (!name.equals(column.name())) {
            notes.add(column.name());
        }
        if (column.comment() != null && !column.comment().isBlank()) {
            notes.add(column.comment().strip());
        }
        if (!notes.isEmpty()) {
            String note = String.join(": ", notes).replace('"', '\'').replaceAll("\\s+", " ");
            line.append(" \"").append(note).append('"');
        }
        return line.toString();
    }

    private static String word(String name) {
        if (WORD.matcher(name).matches()) {
            return name;
        }
        String word = NOT_IN_WORD.matcher(name).replaceAll("_");
        return word.isEmpty() || !WORD.matcher(word).matches() ? "_" + word : word;
    }

    private static List<String> keys(Table table, String column) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKey().contains(column)) {
            keys.add("PK");
        }
        if (table.foreignKeys().stream().anyMatch(key -> key.columns().contains(column))) {
            keys.add("FK");
        }
        if (table.indexes().stream()
                .anyMatch(index -> index.unique()
                        && index.where() == null
                        && index.columns().equals(List.of(column)))) {
            keys.add("UK");
        }
        return keys;
    }

    private static String relationship(Table table, ForeignKey key, String parent, String child) {
        boolean required = key.columns().stream()
                .allMatch(name -> table.columns().stream()
                        .anyMatch(column -> column.name().equals(name)
                                && (column.notNull() || table.primaryKey().contains(name))));
        boolean oneToOne = sameColumns(table.primaryKey(), key.columns())
                || table.indexes().stream()
                        .filter(index -> index.unique() && index.where() == null)
                        .map(Index::columns)
                        .anyMatch(columns -> sameColumns(columns, key.columns()));
        boolean identifying = table.primaryKey().containsAll(key.columns());
        return parent + " " + (required ? "||" : "|o") + (identifying ? "--" : "..") + (oneToOne ? "o|" : "o{") + " "
                + child + " : \"" + String.join(", ", key.columns()).replace('"', '\'') + "\"";
    }

    private static boolean sameColumns(List<String> one, List<String> other) {
        return !one.isEmpty() && one.size() == other.size() && Set.copyOf(one).equals(Set.copyOf(other));
    }

    /** The code's type of a column as people read it: {@code varchar(255)}, the enum's name, the custom SQL type. */
    static String codeType(Table table, Column column) {
        if (column.type() == ColumnType.ENUM) {
            return column.enumType().name();
        }
        return Widening.typeText(column);
    }
}
