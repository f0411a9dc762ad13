package dev.storium.internal.pull;

import dev.storium.config.Dialect;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.QualifiedNames;
import dev.storium.internal.model.Table;
import dev.storium.internal.sql.SqlTypes;
import dev.storium.schema.ColumnType;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** One column as {@code column("key", TYPE)} and its options, each only where it is not the DSL's default. */
final class ColumnWriter {
    private final Table table;
    private final Column column;
    private final Scope scope;
    private final String where;
    private Column written;
    /** Why the column's database type is written as another, for the comment on it; null when it is not. */
    private String typeNote;

    ColumnWriter(Table table, Column column, Scope scope) {
        this.table = table;
        this.column = column;
        this.scope = scope;
        this.where = "table " + table.name() + ", column " + column.name();
        // the DSL makes a primary-key column NOT NULL, as the databases but SQLite do
        this.written = table.primaryKey().contains(column.name()) && !column.notNull()
                ? new Column(
                        column.name(),
                        column.type(),
                        column.length(),
                        column.precision(),
                        column.scale(),
                        column.items(),
                        column.unsigned(),
                        column.collation(),
                        true,
                        column.defaultValue(),
                        column.comment(),
                        null,
                        column.enumType(),
                        column.sqlTypes(),
                        column.generated())
                : column;
    }

    /** The column as the written code declares it: the live one, but for what {@link #chain} could not write as is. */
    Column written() {
        return written;
    }

    /** The column's expression, with {@code key} (may be null) as its {@code .references(...)}. */
    Chain chain(ForeignKey key) {
        String ownType = scope.reading.ownType(table.name(), column.name());
        if (ownType == null) {
            ownType = scope.referencingOwnType(table.name(), column.name());
        }
        if (ownType != null && !scope.ownTypeFits(table.name(), column.name())) {
            typeNote = scope.warn(
                    where,
                    "the database's " + ownType + " is written as "
                            + column.type().name().toLowerCase(Locale.ROOT)
                            + ", the type of the other side of its foreign key (the DSL wants both alike): a database"
                            + " migrated from the baseline declares it so");
            ownType = null;
        }
        if (ownType != null && column.defaultValue() != null && column.type() != ColumnType.TEXT) {
            // a custom type takes no default: the catalog's near reading of the type (numeric for decimal) keeps it
            typeNote = scope.warn(
                    where,
                    "the database's " + ownType + " is written as "
                            + column.type().name().toLowerCase(Locale.ROOT)
                            + " (which Storium creates as " + SqlTypes.of(scope.dialect, column) + ")"
                            + ", which keeps its default (a custom type takes none): a database migrated from the"
                            + " baseline declares it so");
            ownType = null;
        }
        boolean custom = column.type() == ColumnType.CUSTOM || (ownType != null && !numbered(ownType));
        String dslKey = scope.key(table.name(), column.name());
        Chain chain;
        if (column.enumType() != null && !custom) {
            chain = new Chain("column(" + JavaText.quote(dslKey) + ", " + scope.enumConstant(column.enumType()) + ")");
        } else if (randomUuidText()) {
            chain = new Chain("column(" + JavaText.quote(dslKey) + ", UUID)");
            written = retyped(ColumnType.UUID, null, column.defaultValue());
        } else {
            chain = new Chain("column(" + JavaText.quote(dslKey) + ", " + (custom ? "CUSTOM" : column.type()) + ")");
        }
        if (!JavaText.snakeCase(dslKey).equals(column.name())) {
            chain.call("dbName", JavaText.quote(column.name()));
        }
        if (custom) {
            customType(chain, ownType);
        } else if (!randomUuidText()) {
            typeOptions(chain, ownType);
        }
        boolean primaryKey = table.primaryKey().contains(column.name());
        if (table.primaryKey().size() == 1 && primaryKey) {
            chain.call("primaryKey");
        }
        if (column.notNull() && !primaryKey && column.type() != ColumnType.SERIAL) {
            chain.call("notNull");
        }
        if (column.defaultValue() != null) {
            if (custom) {
                written = retyped(ColumnType.CUSTOM, written.sqlTypes(), null);
                chain.note(scope.warn(
                        where,
                        "the default " + describe(column.defaultValue()) + " is left out: a column of the database's"
                                + " own type " + ownType + " (CUSTOM) takes no default"));
            } else {
                defaultValue(chain, column.defaultValue());
            }
        }
        if (column.generated() != null) {
            String expression = JavaText.unwrapped(column.generated().expression(scope.dialect.key()));
            chain.call("generatedAs", JavaText.quote(expression));
            written = written.withGenerated(
                    new Generated(expression, Map.of(), column.generated().stored()));
            if (!column.generated().stored()) {
                chain.call("virtual");
            }
        }
        if (key != null) {
            chain.call(
                    "references",
                    scope.target(key.refTable()),
                    JavaText.quote(scope.key(key.refTable(), key.refColumns().get(0))));
            String automatic = QualifiedNames.local(table.name()) + "_" + column.name() + "_"
                    + QualifiedNames.local(key.refTable()) + "_"
                    + key.refColumns().get(0) + "_fk";
            TableWriter.actions(chain, key, automatic, "foreignKeyName");
        }
        if (column.comment() != null) {
            chain.call("comment", JavaText.quote(column.comment()));
        }
        scope.omissions(table.name(), column.name()).forEach(chain::note);
        return chain;
    }

    /** The live column as one of another type (no length, precision, items or enum), with that default. */
    private Column retyped(ColumnType type, Map<String, String> sqlTypes, DefaultValue defaultValue) {
        boolean whole = type == ColumnType.SERIAL
                || type == ColumnType.SMALLINT
                || type == ColumnType.INTEGER
                || type == ColumnType.BIGINT;
        return new Column(
                column.name(),
                type,
                type == column.type() ? column.length() : null,
                type == column.type() ? column.precision() : null,
                type == column.type() ? column.scale() : null,
                type == column.type() ? column.items() : null,
                whole && column.unsigned(),
                type == column.type() ? column.collation() : null,
                written.notNull(),
                defaultValue,
                column.comment(),
                null,
                type == column.type() ? column.enumType() : null,
                type == ColumnType.CUSTOM ? sqlTypes : null,
                column.generated());
    }

    /**
     * True for MySQL's uuid: a {@code varchar(36)} defaulting to {@code uuid()}, which the catalog alone reads as a
     * varchar, and only a uuid column may default to a random UUID.
     */
    private boolean randomUuidText() {
        return column.type() == ColumnType.VARCHAR
                && column.defaultValue() != null
                && column.defaultValue().kind() == DefaultValue.Kind.RANDOM_UUID;
    }

    /**
     * True for a type the database numbers itself (identity, auto_increment) that is written as serial: a custom type
     * cannot declare one but on MySQL, where the type's text takes {@code auto_increment} ({@code int unsigned
     * auto_increment}, which the keys referencing it need as it is, while Storium's unsigned serial is a bigint).
     */
    private boolean numbered(String ownType) {
        boolean numbered = ownType.endsWith(" identity")
                || (ownType.endsWith(" auto_increment") && scope.dialect != Dialect.MYSQL)
                || ownType.endsWith(" autoincrement");
        if (numbered) {
            typeNote = scope.warn(
                    where,
                    "the database's " + ownType + " is written as serial, Storium's auto-numbered column, which it"
                            + " creates as an integer: a database migrated from the baseline numbers in 32 bits");
        }
        return numbered;
    }

    private void customType(Chain chain, String ownType) {
        scope.imports.add("dev.storium.config.Dialect");
        Map<String, String> types =
                column.sqlTypes() != null && ownType == null ? column.sqlTypes() : Map.of(scope.dialect.key(), ownType);
        written = retyped(ColumnType.CUSTOM, types, column.defaultValue());
        types.forEach((dialect, type) -> chain.call(
                "sqlType", "Dialect." + Dialect.fromKey(dialect).orElseThrow().name(), JavaText.quote(type)));
    }

    private void typeOptions(Chain chain, String ownType) {
        if (column.length() != null) {
            chain.call(column.type() == ColumnType.CHAR ? "length" : "maxLength", String.valueOf(column.length()));
        }
        if (column.precision() != null) {
            chain.call(
                    "precision",
                    column.scale() == null
                            ? new String[] {String.valueOf(column.precision())}
                            : new String[] {String.valueOf(column.precision()), String.valueOf(column.scale())});
        }
        if (column.items() != null) {
            chain.call("items", column.items().name());
        }
        if (column.unsigned()) {
            chain.call("unsigned");
        }
        if (column.collation() != null) {
            chain.call("collation", JavaText.quote(column.collation()));
        }
        if (typeNote != null) {
            chain.note(typeNote);
        }
    }

    private void defaultValue(Chain chain, DefaultValue value) {
        switch (value.kind()) {
            case NOW:
                chain.call("defaultNow");
                return;
            case RANDOM_UUID:
                chain.call("defaultRandomUuid");
                return;
            default:
                String literal = literal(value.literal());
                if (literal == null) {
                    written = retyped(written.type(), written.sqlTypes(), null);
                    chain.note(scope.warn(
                            where,
                            "the default " + describe(value) + " is left out: a "
                                    + column.type().name().toLowerCase() + " column takes no literal default"));
                } else {
                    chain.call("defaultValue", literal);
                }
        }
    }

    /** The default as the Java literal the DSL takes for the column's type, or null when it takes none. */
    private String literal(String text) {
        switch (column.type()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                BigInteger whole = new BigInteger(text);
                if (whole.bitLength() < 32) {
                    return whole.toString();
                }
                if (whole.bitLength() < 64) {
                    return whole + "L";
                }
                scope.imports.add("java.math.BigInteger");
                return "new BigInteger(" + JavaText.quote(text) + ")";
            case REAL:
                // a double literal where it reads back as the same text, as the DSL records a double
                String asDouble =
                        java.math.BigDecimal.valueOf(Double.parseDouble(text)).toPlainString();
                if (asDouble.equals(text)) {
                    return text;
                }
                scope.imports.add("java.math.BigDecimal");
                return "new BigDecimal(" + JavaText.quote(text) + ")";
            case NUMERIC:
                scope.imports.add("java.math.BigDecimal");
                return "new BigDecimal(" + JavaText.quote(text) + ")";
            case BOOLEAN:
                return String.valueOf(Boolean.parseBoolean(text));
            case SERIAL:
            case ARRAY:
            case BINARY:
            case CUSTOM:
                return null;
            default:
                return JavaText.quote(text);
        }
    }

    private static String describe(DefaultValue value) {
        return value.kind() == DefaultValue.Kind.LITERAL
                ? "'" + value.literal() + "'"
                : value.kind().name();
    }
}
