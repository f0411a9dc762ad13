package dev.storium.internal.model;

import dev.storium.schema.ColumnType;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One column as the database sees it.
 *
 * @param name the database name (snake_case unless overridden)
 * @param type the Storium type
 * @param length the varchar or char length, or null for other types
 * @param precision numeric precision, or null (unconstrained numeric, or another type)
 * @param scale numeric scale, or null
 * @param items the element type of an array column, or null for other types
 * @param unsigned whether a whole-number column is unsigned (MySQL only)
 * @param collation the column's own collation, or null for the table's
 * @param notNull whether the column is declared NOT NULL
 * @param defaultValue the default, or null for none
 * @param comment the column's comment, or null for none; not part of the column's definition: a comment changes
 *     apart from the column
 * @param renamedFrom the column's previous database name when the code hints a rename, or null; not part of the
 *     column's definition (see {@link #sameDefinition(Column)})
 * @param enumType the enum of an enum column, or null for other types
 * @param sqlTypes a custom column's SQL type per dialect key ({@code postgresql}, {@code mysql}, ...), as the code
 *     wrote it (a model diffed for one dialect holds that dialect's only, see {@link SchemaModel#forDialect}); null
 *     for every other type
 * @param generated how the database computes a generated column, or null for a column that is written
 */
public record Column(
        String name,
        ColumnType type,
        Integer length,
        Integer precision,
        Integer scale,
        ColumnType items,
        boolean unsigned,
        String collation,
        boolean notNull,
        DefaultValue defaultValue,
        String comment,
        String renamedFrom,
        EnumType enumType,
        Map<String, String> sqlTypes,
        Generated generated) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (length != null && type != ColumnType.VARCHAR && type != ColumnType.CHAR) {
            throw new IllegalArgumentException("column " + name + ": only varchar and char have a length");
        }
        if ((precision != null || scale != null) && type != ColumnType.NUMERIC) {
            throw new IllegalArgumentException("column " + name + ": only numeric has a precision and scale");
        }
        if (scale != null && precision == null) {
            throw new IllegalArgumentException("column " + name + ": a scale needs a precision");
        }
        if ((items != null) != (type == ColumnType.ARRAY)) {
            throw new IllegalArgumentException("column " + name + ": an array column, and only it, has an item type");
        }
        if ((enumType != null) != (type == ColumnType.ENUM)) {
            throw new IllegalArgumentException("column " + name + ": an enum column, and only it, has an enum type");
        }
        if ((sqlTypes != null) != (type == ColumnType.CUSTOM)) {
            throw new IllegalArgumentException("column " + name + ": a custom column, and only it, has SQL types");
        }
        sqlTypes = sqlTypes == null ? null : Collections.unmodifiableMap(new TreeMap<>(sqlTypes));
    }

    /** A column of any type but custom (no SQL types), not generated. */
    public Column(
            String name,
            ColumnType type,
            Integer length,
            Integer precision,
            Integer scale,
            ColumnType items,
            boolean unsigned,
            String collation,
            boolean notNull,
            DefaultValue defaultValue,
            String comment,
            String renamedFrom,
            EnumType enumType) {
        this(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                renamedFrom,
                enumType,
                null,
                null);
    }

    /** A column of a built-in type (neither enum nor custom), not generated. */
    public Column(
            String name,
            ColumnType type,
            Integer length,
            Integer precision,
            Integer scale,
            ColumnType items,
            boolean unsigned,
            String collation,
            boolean notNull,
            DefaultValue defaultValue,
            String comment,
            String renamedFrom) {
        this(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                renamedFrom,
                null,
                null,
                null);
    }

    /** A custom column's SQL type on the dialect of that key, or null when the code gave none (or another type). */
    public String sqlType(String dialectKey) {
        return sqlTypes == null ? null : sqlTypes.get(dialectKey);
    }

    /** This column with its SQL type of one dialect only (none when the code gave none); other types unchanged. */
    public Column forDialect(String dialectKey) {
        Column projected = withGenerated(generated == null ? null : generated.forDialect(dialectKey));
        if (sqlTypes == null) {
            return projected;
        }
        String own = sqlTypes.get(dialectKey);
        return projected.withSqlTypes(own == null ? Map.of() : Map.of(dialectKey, own));
    }

    /** This column computed as {@code newGenerated} says (null: written); everything else kept. */
    public Column withGenerated(Generated newGenerated) {
        return new Column(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                renamedFrom,
                enumType,
                sqlTypes,
                newGenerated);
    }

    /** This column with other custom SQL types; everything else kept. */
    public Column withSqlTypes(Map<String, String> newSqlTypes) {
        return new Column(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                renamedFrom,
                enumType,
                newSqlTypes,
                generated);
    }

    /** A column with no unsigned flag, collation or comment. */
    public Column(
            String name,
            ColumnType type,
            Integer length,
            Integer precision,
            Integer scale,
            ColumnType items,
            boolean notNull,
            DefaultValue defaultValue,
            String renamedFrom) {
        this(
                name,
                type,
                length,
                precision,
                scale,
                items,
                false,
                null,
                notNull,
                defaultValue,
                null,
                renamedFrom,
                null,
                null,
                null);
    }

    /**
     * True when both columns would be declared the same way in SQL; the name, the comment and the rename hint are not
     * compared.
     */
    public boolean sameDefinition(Column other) {
        return type == other.type
                && Objects.equals(length, other.length)
                && Objects.equals(precision, other.precision)
                && Objects.equals(scale, other.scale)
                && items == other.items
                && unsigned == other.unsigned
                && Objects.equals(collation, other.collation)
                && notNull == other.notNull
                && Objects.equals(defaultValue, other.defaultValue)
                && (enumType == null ? other.enumType == null : enumType.sameDefinition(other.enumType))
                && Objects.equals(sqlTypes, other.sqlTypes)
                && Objects.equals(generated, other.generated);
    }

    /** This column under another database name, without a rename hint. */
    public Column withName(String newName) {
        return new Column(
                newName,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                null,
                enumType == null ? null : enumType.withoutHints(),
                sqlTypes,
                generated);
    }

    /** This column with another comment (null for none); everything else kept, the rename hint included. */
    public Column withComment(String newComment) {
        return new Column(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                newComment,
                renamedFrom,
                enumType,
                sqlTypes,
                generated);
    }

    /** This column with another enum type (an enum column); everything else kept. */
    public Column withEnumType(EnumType newEnumType) {
        return new Column(
                name,
                type,
                length,
                precision,
                scale,
                items,
                unsigned,
                collation,
                notNull,
                defaultValue,
                comment,
                renamedFrom,
                newEnumType,
                sqlTypes,
                generated);
    }
}
