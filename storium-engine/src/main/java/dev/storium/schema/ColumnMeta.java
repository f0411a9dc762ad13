package dev.storium.schema;

import dev.storium.config.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table definition as Storium sees it, after every rule of the DSL has been applied: a primary-key
 * column is NOT NULL and readonly here whatever its options said.
 *
 * @param key the DSL key (the name stores and validation use)
 * @param dbName the database column name
 * @param type the column type
 * @param primaryKey whether the column is part of the primary key
 * @param notNull whether the column is declared NOT NULL
 * @param required whether create() demands a value (application level only, not NOT NULL)
 * @param readonly whether create() and update() ignore input for it
 * @param hidden whether reads leave it out unless asked
 * @param maxLength the varchar length or the char length, or null (other types, or a varchar without a limit)
 * @param precision the numeric precision, or null
 * @param scale the numeric scale, or null
 * @param items the element type of an array column, or null
 * @param unsigned whether a whole-number column is unsigned
 * @param collation the column's own collation (the target database's name for it), or null for the table's
 * @param defaultValue the default, or null for none
 * @param renamedFrom the previous database name when the code hints a rename, or null
 * @param transform the value transform run before validation, or null
 * @param validator the column's own validation, or null
 * @param comment the column's comment in the database, or null for none
 * @param enumType the enum of an {@link ColumnType#ENUM} column, or null for other types
 * @param sqlTypes a {@link ColumnType#CUSTOM} column's SQL type per dialect, as written; empty for other types
 * @param generated how a generated column is computed, or null for a column that is written
 */
public record ColumnMeta(
        String key,
        String dbName,
        ColumnType type,
        boolean primaryKey,
        boolean notNull,
        boolean required,
        boolean readonly,
        boolean hidden,
        Integer maxLength,
        Integer precision,
        Integer scale,
        ColumnType items,
        boolean unsigned,
        String collation,
        ColumnDefault defaultValue,
        String renamedFrom,
        Function<Object, Object> transform,
        Validator validator,
        String comment,
        EnumDef enumType,
        Map<Dialect, String> sqlTypes,
        GeneratedMeta generated) {

    public ColumnMeta {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dbName, "dbName");
        Objects.requireNonNull(type, "type");
        if ((enumType != null) != (type == ColumnType.ENUM)) {
            throw new IllegalArgumentException("column " + key + ": an enum column, and only it, has an enum type");
        }
        sqlTypes = sqlTypes == null || sqlTypes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(sqlTypes));
    }

    /** True when the database fills the column itself on insert (a serial, a generated column, or any default). */
    public boolean hasDatabaseValue() {
        return type == ColumnType.SERIAL || defaultValue != null || generated != null;
    }
}
