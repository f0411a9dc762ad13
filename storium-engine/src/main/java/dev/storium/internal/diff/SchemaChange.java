package dev.storium.internal.diff;

import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import java.util.List;
import java.util.Map;

/**
 * One step from the previous schema to the next. Renderers handle every step through a {@link Visitor}, so a step
 * a dialect forgets is a compile error.
 */
public sealed interface SchemaChange {

    /** The database name of the table this change touches (its new name for a rename). */
    String table();

    /** True when applying this change can destroy stored data (a drop, or a narrowing type change). */
    boolean losesData();

    /** One line for people, such as {@code drop column users.bio}. */
    String describe();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change. */
    interface Visitor<R> {
        R visit(CreateTable change);

        R visit(DropTable change);

        R visit(RenameTable change);

        R visit(AddColumn change);

        R visit(DropColumn change);

        R visit(RenameColumn change);

        R visit(AlterColumn change);

        R visit(AlterPrimaryKey change);

        R visit(CreateIndex change);

        R visit(DropIndex change);

        R visit(RenameIndex change);

        R visit(AddForeignKey change);

        R visit(DropForeignKey change);

        R visit(AddCheck change);

        R visit(DropCheck change);

        R visit(RenameCheck change);

        R visit(CommentTable change);

        R visit(CommentColumn change);

        R visit(CreateEnum change);

        R visit(AlterEnum change);

        R visit(DropEnum change);

        R visit(CreateView change);

        R visit(DropView change);

        R visit(CreateSequence change);

        R visit(AlterSequence change);

        R visit(DropSequence change);

        R visit(CreateSchema change);
    }

    /**
     * Creates a named schema (a namespace) before the first object in it, if it is not there yet ({@code CREATE
     * SCHEMA IF NOT EXISTS}); schema changes come first of all. Storium never drops a schema: it may hold objects
     * Storium does not own, and an empty one costs nothing. {@link #table()} is the schema's name.
     */
    record CreateSchema(String schema) implements SchemaChange {
        public String table() {
            return schema;
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "create schema " + schema;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Creates an enum type that columns of the next schema use (PostgreSQL {@code CREATE TYPE}; the other dialects
     * write the values into each column). {@link #table()} is the enum's name.
     */
    record CreateEnum(EnumType enumType) implements SchemaChange {
        public String table() {
            return enumType.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "create enum " + enumType.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops an enum type that no column uses any more (PostgreSQL {@code DROP TYPE}); the columns that held it are
     * dropped or changed before. {@link #table()} is the enum's name.
     */
    record DropEnum(EnumType enumType) implements SchemaChange {
        public String table() {
            return enumType.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "drop enum " + enumType.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Changes the values of an enum that columns use before and after (PostgreSQL: {@code ALTER TYPE}). The columns'
     * own {@code AlterColumn}s carry the change for the dialects that write the values into each column, and say
     * whether it is a narrowing. {@link #table()} is the enum's name.
     *
     * @param from the enum before
     * @param to the enum after
     * @param renames the values renamed by a hint, old to new
     * @param usages the columns of the enum that exist before and after the migration: PostgreSQL converts them when
     *     it has to create the type anew
     */
    record AlterEnum(EnumType from, EnumType to, Map<String, String> renames, List<EnumUsage> usages)
            implements SchemaChange {
        public AlterEnum {
            renames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(renames));
            usages = List.copyOf(usages);
        }

        public String table() {
            return to.name();
        }

        public boolean losesData() {
            return false;
        }

        /** The values of {@code to} that are new: neither old values nor renamed ones. */
        public List<String> addedValues() {
            return to.values().stream()
                    .filter(v -> !from.values().contains(v) && !renames.containsValue(v))
                    .toList();
        }

        /** The values of {@code from} that go: neither kept nor renamed. */
        public List<String> removedValues() {
            return from.values().stream()
                    .filter(v -> !to.values().contains(v) && !renames.containsKey(v))
                    .toList();
        }

        /**
         * True when the old values, renamed, keep their order among the new ones and none goes: PostgreSQL renames and
         * adds values in place, else it creates the type anew.
         */
        public boolean inPlace() {
            return to.changesInPlace(from, renames);
        }

        public String describe() {
            List<String> parts = new java.util.ArrayList<>();
            if (!addedValues().isEmpty()) {
                parts.add("add " + String.join(", ", addedValues()));
            }
            renames.forEach((a, b) -> parts.add("rename " + a + " to " + b));
            if (!removedValues().isEmpty()) {
                parts.add("remove " + String.join(", ", removedValues()));
            }
            if (parts.isEmpty()) {
                parts.add("reorder");
            }
            return "alter enum " + to.name() + " (" + String.join("; ", parts) + ")";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A column of an enum, in the table's next name: {@code before} after any rename of it, {@code after} as it
     * becomes (of the same enum or not).
     */
    record EnumUsage(String table, Column before, Column after) {}

    /** Creates a table with its columns, primary key and those foreign keys whose targets already exist. */
    record CreateTable(Table definition) implements SchemaChange {
        public String table() {
            return definition.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "create table " + definition.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a table and its rows. */
    record DropTable(Table definition) implements SchemaChange {
        public String table() {
            return definition.name();
        }

        public boolean losesData() {
            return true;
        }

        public String describe() {
            return "drop table " + definition.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a table, keeping its rows. */
    record RenameTable(String from, String to) implements SchemaChange {
        public String table() {
            return to;
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "rename table " + from + " to " + to;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Adds a column to an existing table. Losing no data, it can still fail: {@link #needsBackfill()} is true for a NOT
     * NULL column without a default, which the existing rows cannot satisfy.
     */
    record AddColumn(String table, Column column) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        /** True for a NOT NULL column without a default: the table's existing rows have no value for it. */
        public boolean needsBackfill() {
            return column.notNull()
                    && column.defaultValue() == null
                    && column.type() != dev.storium.schema.ColumnType.SERIAL;
        }

        public String describe() {
            return "add column " + table + "." + column.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a column and its values. */
    record DropColumn(String table, Column column) implements SchemaChange {
        public boolean losesData() {
            return true;
        }

        public String describe() {
            return "drop column " + table + "." + column.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a column, keeping its values. */
    record RenameColumn(String table, String from, String to) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "rename column " + table + "." + from + " to " + to;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Changes a column's type, length, precision, nullability or default; {@code from} and {@code to} have the same
     * name.
     *
     * @param narrowing true when the new type cannot hold every value of the old one (decided by the differ)
     */
    record AlterColumn(String table, Column from, Column to, boolean narrowing) implements SchemaChange {
        public boolean losesData() {
            return narrowing;
        }

        public String describe() {
            return "alter column " + table + "." + to.name()
                    + (narrowing
                            ? " (narrowing " + Widening.typeText(from) + " to " + Widening.typeText(to) + ")"
                            : "");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Replaces a table's primary key; an empty list means no key. */
    record AlterPrimaryKey(String table, List<String> from, List<String> to) implements SchemaChange {
        public AlterPrimaryKey {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "change primary key of " + table + " from " + from + " to " + to;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates an index (unique or not) or adds a unique constraint on an existing table. */
    record CreateIndex(String table, Index index) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            if (index.constraint()) {
                return "add unique constraint " + index.name() + " on " + table;
            }
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops an index or a unique constraint. */
    record DropIndex(String table, Index index) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "drop " + (index.constraint() ? "unique constraint " : "index ") + index.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a foreign key to an existing table. */
    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "add foreign key " + foreignKey.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a foreign key. */
    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "drop foreign key " + foreignKey.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Adds a check constraint to an existing table; the rows it has must meet it.
     *
     * @param replaces the check of the same name this one replaces (dropped earlier in the list), or null
     */
    record AddCheck(String table, CheckConstraint check, CheckConstraint replaces) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "add check " + check.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a check constraint; it comes before the column changes, since MySQL refuses to drop a column that a check
     * names.
     *
     * @param replaced true when a check of the same name is added back later in the list
     */
    record DropCheck(String table, CheckConstraint check, boolean replaced) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "drop check " + check.name() + " on " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a check constraint whose condition stays the same. */
    /**
     * An index that keeps its definition under another name: {@code from} as it was (its old name), {@code to} as it
     * becomes; {@code table} is the table's next name. Never a unique constraint (those are dropped and added).
     */
    record RenameIndex(String table, Index from, Index to) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "rename index " + from.name() + " on " + table + " to " + to.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    record RenameCheck(String table, CheckConstraint from, CheckConstraint to) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "rename check " + from.name() + " on " + table + " to " + to.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Sets, changes or removes the comment of an existing table; a comment is no data.
     *
     * @param from the comment before, or null for none
     * @param to the comment after, or null to remove it
     */
    record CommentTable(String table, String from, String to) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return commentVerb(from, to) + " table " + table;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Sets, changes or removes the comment of an existing column; a comment is no data. {@code from} and {@code to}
     * have the same name and differ in their comments only, or also in what an {@code AlterColumn} earlier in the
     * same list changes: {@code to} is the column as it is after the migration, its comment included (MySQL restates
     * the whole column to comment it).
     */
    record CommentColumn(String table, Column from, Column to) implements SchemaChange {
        public boolean losesData() {
            return false;
        }

        public String describe() {
            return commentVerb(from.comment(), to.comment()) + " column " + table + "." + to.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Creates a view; views come after every table change, each after the views it reads.
     *
     * @param replaces the view of the same name dropped earlier in the list (the same query when it is only created
     *     again around a change of a table it reads), or null
     */
    record CreateView(View view, View replaces) implements SchemaChange {
        /** The view's name. */
        public String table() {
            return view.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "create " + (view.materialized() ? "materialized " : "") + "view " + view.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a view; views go first, before any table change, each before the views it reads. A view holds no rows of
     * its own (a materialized view's are computed again when it is created).
     *
     * @param replaced true when a view of the same name is created later in the list
     */
    record DropView(View view, boolean replaced) implements SchemaChange {
        /** The view's name. */
        public String table() {
            return view.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "drop " + (view.materialized() ? "materialized " : "") + "view " + view.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates a sequence; sequence changes come first, before any table change. */
    record CreateSequence(Sequence sequence) implements SchemaChange {
        /** The sequence's name. */
        public String table() {
            return sequence.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "create sequence " + sequence.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Changes a sequence's start value or increment; its current value stays ({@code START WITH} only sets where a
     * restart goes).
     */
    record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
        /** The sequence's name. */
        public String table() {
            return to.name();
        }

        public boolean losesData() {
            return false;
        }

        public String describe() {
            return "alter sequence " + to.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a sequence, and with it the value it has reached. */
    record DropSequence(Sequence sequence) implements SchemaChange {
        /** The sequence's name. */
        public String table() {
            return sequence.name();
        }

        /** True: the value the sequence has reached is gone; created again, it starts over. */
        public boolean losesData() {
            return true;
        }

        public String describe() {
            return "drop sequence " + sequence.name();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    private static String commentVerb(String from, String to) {
        if (to == null) {
            return "drop the comment of";
        }
        return from == null ? "comment" : "change the comment of";
    }
}
