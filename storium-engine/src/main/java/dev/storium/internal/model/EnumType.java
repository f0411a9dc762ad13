package dev.storium.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The enum type of an enum column: its name and ordered values. Columns carry their enum whole, so each dialect can
 * declare a column on its own; the schema's enums (PostgreSQL's types) are those its columns name (see {@link
 * SchemaModel#enums()}).
 *
 * @param name the enum's name, the PostgreSQL type name
 * @param values the values in order
 * @param renamedValues rename hints, old value to new value; not part of the enum's definition, and never in
 *     snapshots
 */
public record EnumType(String name, List<String> values, Map<String, String> renamedValues) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        renamedValues = renamedValues == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamedValues));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum " + name + " has no values");
        }
    }

    /** An enum without rename hints. */
    public EnumType(String name, List<String> values) {
        this(name, values, Map.of());
    }

    /** This enum without its rename hints. */
    public EnumType withoutHints() {
        return renamedValues.isEmpty() ? this : new EnumType(name, values);
    }

    /** True when both have the same name and values; hints are not compared. */
    public boolean sameDefinition(EnumType other) {
        return other != null && name.equals(other.name) && values.equals(other.values);
    }

    /**
     * The rename hints that apply going from {@code previous}: the old value is one of its values and no longer one of
     * these, and the new value is one of these and was not one of its values.
     */
    public Map<String, String> renamesFrom(EnumType previous) {
        Map<String, String> renames = new LinkedHashMap<>();
        renamedValues.forEach((from, to) -> {
            if (previous.values.contains(from)
                    && !values.contains(from)
                    && values.contains(to)
                    && !previous.values.contains(to)) {
                renames.put(from, to);
            }
        });
        return renames;
    }

    /**
     * True when this enum follows from {@code previous} by renaming values (by hint) and adding values, the old ones
     * keeping their order: PostgreSQL changes such an enum in place; any other change (a value gone or moved, another
     * name) makes a type anew.
     */
    public boolean changesInPlace(EnumType previous) {
        return name.equals(previous.name) && changesInPlace(previous, renamesFrom(previous));
    }

    /** As {@link #changesInPlace(EnumType)}, with the renames given (old value to new). */
    public boolean changesInPlace(EnumType previous, Map<String, String> renames) {
        List<String> kept =
                previous.values.stream().map(v -> renames.getOrDefault(v, v)).toList();
        // a value added under an old value's name (one renamed away) would clash with it before the rename
        return values.containsAll(kept)
                && values.stream().filter(kept::contains).toList().equals(kept)
                && values.stream().filter(v -> !kept.contains(v)).noneMatch(previous.values::contains);
    }

    /** The longest value's length in characters, the length of a varchar that holds every value. */
    public int maxLength() {
        return values.stream().mapToInt(String::length).max().orElse(1);
    }
}
