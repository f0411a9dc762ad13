package dev.storium.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named enum type: an ordered list of text values a column of it may hold, started by {@link
 * Schema#defineEnum(String, String...)} and given to columns with {@link Schema#column(String, EnumDef)}. Several
 * columns, in several tables, may share one. PostgreSQL keeps it as a type of its own ({@code CREATE TYPE ... AS
 * ENUM}); MySQL/MariaDB and H2 write the values into the column's type ({@code enum('a', 'b')}); SQLite declares a
 * {@code varchar} and a check. Immutable: {@link #renamedValue(String, String)} returns a new definition.
 */
public final class EnumDef {
    private final String name;
    private final List<String> values;
    private final Map<String, String> renamedValues;

    EnumDef(String schema, String name, List<String> values, Map<String, String> renamedValues) {
        this(Names.qualified(schema, name), values, renamedValues, name);
    }

    private EnumDef(String name, List<String> values, Map<String, String> renamedValues, String local) {
        EnumRules.checkName(local);
        this.name = name;
        this.values = List.copyOf(values);
        this.renamedValues = Collections.unmodifiableMap(new LinkedHashMap<>(renamedValues));
        EnumRules.check(this);
    }

    /**
     * The enum's name: the PostgreSQL type name, used as written; qualified by its schema ({@code sales.order_status})
     * when defined in one.
     */
    public String name() {
        return name;
    }

    /** The values, in their order (the order the databases sort them in). */
    public List<String> values() {
        return values;
    }

    /** The rename hints, old value to new value, in the order given. */
    public Map<String, String> renamedValues() {
        return renamedValues;
    }

    /**
     * Hints that the value {@code newValue} was called {@code oldValue}, so generate renames the value and the rows
     * holding it keep their meaning, instead of removing the old value (data loss) and adding the new one. {@code
     * newValue} must be one of the values and {@code oldValue} not; remove the hint once the rename is migrated.
     */
    public EnumDef renamedValue(String oldValue, String newValue) {
        Objects.requireNonNull(oldValue, "old value");
        Objects.requireNonNull(newValue, "new value");
        Map<String, String> hints = new LinkedHashMap<>(renamedValues);
        hints.put(oldValue, newValue);
        return new EnumDef(name, values, hints, Names.local(name));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnumDef
                && ((EnumDef) other).name.equals(name)
                && ((EnumDef) other).values.equals(values)
                && ((EnumDef) other).renamedValues.equals(renamedValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, values, renamedValues);
    }

    @Override
    public String toString() {
        return "enum " + name + values;
    }
}
