package dev.storium.schema;

/**
 * A table-level check constraint as written in the DSL, from {@link Schema#check(String, String)}: a name and an SQL
 * condition over the table's database column names. It is checked when given to {@link TableDef#checks(CheckDef...)}.
 */
public final class CheckDef {
    final String name;
    final String condition;

    CheckDef(String name, String condition) {
        this.name = name;
        this.condition = condition;
    }
}
