package dev.storium.schema;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules one column must follow on its own; table-wide rules (keys, indexes, references) are in the resolver. */
final class ColumnRules {
    private static final int MAX_PRECISION = 1000;
    /** MySQL's limit, the lowest of the four dialects. */
    private static final int MAX_CHAR_LENGTH = 255;
    /** A collation name as the databases spell theirs: utf8mb4_0900_ai_ci, C, en-US-x-icu, en_US.utf8, NOCASE. */
    private static final Pattern COLLATION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}");

    /** The longest custom SQL type text: longer is rather a mistake than a type. */
    private static final int MAX_SQL_TYPE_LENGTH = 1000;

    private static final Set<ColumnType> WHOLE_NUMBERS =
            EnumSet.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.SERIAL);

    private ColumnRules() {}

    /** Checks every option of the column and throws the first broken rule. */
    static void check(String table, ColumnDef c) {
        identifier(table, c.key, "key", c.key);
        String dbName = dbName(c);
        if (c.dbName != null) {
            identifier(table, c.key, "dbName", c.dbName);
        } else if (dbName.length() > Names.MAX_LENGTH) {
            identifier(table, c.key, "database name", dbName);
        }
        if (c.renamedFrom != null) {
            identifier(table, c.key, "renamedFrom", c.renamedFrom);
            if (c.renamedFrom.equals(dbName)) {
                throw DefinitionError.column(
                        table,
                        c.key,
                        "renamedFrom(\"" + c.renamedFrom + "\") names the column's current database name",
                        "give the old database name, or remove renamedFrom once the rename is migrated");
            }
        }
        if (c.comment != null) {
            CommentRules.checkColumn(table, c.key, c.comment);
        }
        checkLength(table, c);
        checkPrecision(table, c);
        checkItems(table, c);
        if (c.type == ColumnType.ENUM && c.enumType == null) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the column is ENUM but names no enum type",
                    "define the enum with defineEnum(\"name\", \"a\", \"b\") and declare the column with" + " column(\""
                            + c.key + "\", THAT_ENUM)");
        }
        checkUnsigned(table, c);
        checkCollation(table, c);
        checkSqlTypes(table, c);
        checkGenerated(table, c);
        if (c.defaultValue != null) {
            DefaultRules.check(table, c);
        }
        if (!c.hasReference() && (c.onDelete != null || c.onUpdate != null)) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "onDelete/onUpdate is set but the column references no table",
                    "add references(TABLE, \"key\") before onDelete/onUpdate, or remove them");
        }
        if (c.notNull && (c.onDelete == FkAction.SET_NULL || c.onUpdate == FkAction.SET_NULL)) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the foreign key action is SET_NULL but the column is notNull",
                    "remove notNull() or choose another action (CASCADE, RESTRICT, NO_ACTION)");
        }
    }

    /** The column's database name: its dbName, else the snake_case form of its key. */
    static String dbName(ColumnDef c) {
        return c.dbName != null ? c.dbName : Names.snakeCase(c.key);
    }

    /** The type as users write it in messages: {@code integer}. */
    static String typeName(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Throws unless the name is a non-empty identifier of letters, digits and underscores, at most 63 long. */
    static void identifier(String table, String column, String what, String name) {
        if (!Names.isIdentifier(name) || name.length() > Names.MAX_LENGTH) {
            throw DefinitionError.column(
                    table,
                    display(column),
                    "the " + what + " \"" + name + "\" is not a valid name: expected 1 to " + Names.MAX_LENGTH
                            + " characters from A-Z, a-z, 0-9 and _",
                    "rename it using only letters, digits and underscores");
        }
    }

    /** An empty or null name shown readably in a message. */
    static String display(String name) {
        return name == null || name.isEmpty() ? "(empty)" : name;
    }

    private static void checkLength(String table, ColumnDef c) {
        if (c.type == ColumnType.CHAR) {
            checkCharLength(table, c);
            return;
        }
        if (c.maxLength == null) {
            return;
        }
        if (c.type != ColumnType.VARCHAR) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "maxLength(" + c.maxLength + ") is set on a " + typeName(c.type)
                            + " column, but only varchar and char columns have a length",
                    "remove maxLength or make the column VARCHAR");
        }
        if (c.maxLength < 1) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "maxLength is " + c.maxLength + ", expected at least 1",
                    "give a positive length such as maxLength(255)");
        }
    }

    private static void checkCharLength(String table, ColumnDef c) {
        if (c.maxLength == null) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the char column has no length",
                    "add length(n), such as length(3), or make the column VARCHAR");
        }
        if (c.maxLength < 1 || c.maxLength > MAX_CHAR_LENGTH) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "length is " + c.maxLength + ", expected 1 to " + MAX_CHAR_LENGTH + " for a char",
                    "give a length in that range, or make the column VARCHAR with a maxLength for longer text");
        }
    }

    private static void checkPrecision(String table, ColumnDef c) {
        if (c.precision == null) {
            return;
        }
        if (c.type != ColumnType.NUMERIC) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "precision is set on a " + typeName(c.type) + " column, but only numeric columns have one",
                    "remove precision(...) or make the column NUMERIC");
        }
        if (c.precision < 1 || c.precision > MAX_PRECISION) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "precision is " + c.precision + ", expected 1 to " + MAX_PRECISION,
                    "give a precision in that range, such as precision(10, 2)");
        }
        if (c.scale != null && (c.scale < 0 || c.scale > c.precision)) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "scale " + c.scale + " is outside 0 to the precision " + c.precision,
                    "use a scale no larger than the precision, such as precision(10, 2)");
        }
    }

    private static void checkUnsigned(String table, ColumnDef c) {
        if (c.unsigned && !WHOLE_NUMBERS.contains(c.type)) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "unsigned() is set on a " + typeName(c.type)
                            + " column, but only smallint, integer, bigint and serial columns can be unsigned",
                    "remove unsigned() or make the column SMALLINT, INTEGER, BIGINT or SERIAL");
        }
    }

    private static void checkCollation(String table, ColumnDef c) {
        if (c.collation == null) {
            return;
        }
        if (c.type != ColumnType.VARCHAR && c.type != ColumnType.TEXT) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "collation(\"" + c.collation + "\") is set on a " + typeName(c.type)
                            + " column, but only varchar and text columns have a collation",
                    "remove collation(...) or make the column VARCHAR or TEXT");
        }
        if (!COLLATION_NAME.matcher(c.collation).matches()) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the collation \"" + c.collation + "\" is not a valid collation name: expected 1 to 128"
                            + " characters from A-Z, a-z, 0-9, _, -, . and @, starting with a letter or digit",
                    "give the database's name of the collation, such as utf8mb4_bin, C or NOCASE");
        }
    }

    private static void checkSqlTypes(String table, ColumnDef c) {
        if (c.type != ColumnType.CUSTOM) {
            if (!c.sqlTypes.isEmpty()) {
                throw DefinitionError.column(
                        table,
                        c.key,
                        "sqlType(...) is set on a " + typeName(c.type)
                                + " column, but only custom columns have an SQL type of their own",
                        "remove sqlType(...), or make the column CUSTOM to write the SQL type yourself");
            }
            return;
        }
        if (c.sqlTypes.isEmpty()) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the custom column has no SQL type",
                    "give the type of each dialect you generate for, such as sqlType(Dialect.POSTGRESQL, \"tsvector\")");
        }
        c.sqlTypes.forEach((dialect, type) -> {
            String problem = type.isBlank() ? "it is empty" : CheckRules.shapeProblem(type);
            if (problem == null && type.strip().length() > MAX_SQL_TYPE_LENGTH) {
                problem = "it is longer than " + MAX_SQL_TYPE_LENGTH + " characters";
            }
            if (problem != null) {
                throw DefinitionError.column(
                        table,
                        c.key,
                        "the " + dialect.key() + " SQL type \"" + type + "\" is not one SQL type (" + problem + ")",
                        "write the type as the database declares it, such as \"tsvector\" or \"set('a', 'b')\"");
            }
        });
        if (c.defaultValue != null) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "a custom column takes no default (Storium cannot check a literal against a type it does not"
                            + " know)",
                    "remove the default, and set the value on create, or use a built-in type");
        }
    }

    private static void checkGenerated(String table, ColumnDef c) {
        if (!c.generated()) {
            if (c.stored != null) {
                throw DefinitionError.column(
                        table,
                        c.key,
                        (c.stored ? "stored()" : "virtual()") + " is set, but the column is not generated",
                        "add generatedAs(\"expression\") before it, or remove "
                                + (c.stored ? "stored()" : "virtual()"));
            }
            return;
        }
        if (c.generatedAs != null) {
            generatedExpression(table, c, "expression", c.generatedAs);
        }
        c.generatedBy.forEach(
                (dialect, expression) -> generatedExpression(table, c, dialect.key() + " expression", expression));
        String clash = c.type == ColumnType.SERIAL
                ? "a serial column numbers itself"
                : c.primaryKey ? "a primary-key column is written" : c.defaultValue != null ? "it has a default" : null;
        if (clash != null) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the column is generated, but " + clash + "; a generated column is computed from the other columns",
                    "remove generatedAs(...), or make the column a plain one without "
                            + (c.type == ColumnType.SERIAL ? "SERIAL" : c.primaryKey ? "primaryKey()" : "the default"));
        }
    }

    private static void generatedExpression(String table, ColumnDef c, String what, String expression) {
        String problem = expression.isBlank() ? "it is empty" : CheckRules.shapeProblem(expression);
        if (problem != null) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "the generated column's " + what + " \"" + expression + "\" is not one SQL expression (" + problem
                            + ")",
                    "write one expression over the table's database column names, such as \"price * quantity\"");
        }
    }

    private static void checkItems(String table, ColumnDef c) {
        if (c.items != null && c.type != ColumnType.ARRAY) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "items(" + c.items + ") is set on a " + typeName(c.type) + " column, but only arrays have items",
                    "remove items(...) or make the column ARRAY");
        }
        if (c.type == ColumnType.ARRAY && c.items == null) {
            throw DefinitionError.column(
                    table, c.key, "the array column has no item type", "add items(TYPE), such as items(TEXT)");
        }
        if (c.items == ColumnType.ARRAY
                || c.items == ColumnType.SERIAL
                || c.items == ColumnType.BINARY
                || c.items == ColumnType.TIME
                || c.items == ColumnType.CHAR
                || c.items == ColumnType.ENUM
                || c.items == ColumnType.CUSTOM) {
            throw DefinitionError.column(
                    table,
                    c.key,
                    "items(" + c.items + ") is not a valid element type",
                    "use a plain type such as TEXT, INTEGER or UUID for the items");
        }
    }
}
