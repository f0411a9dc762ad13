package dev.storium.internal.drizzle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storium.config.Dialect;
import dev.storium.internal.model.CheckConstraint;
import dev.storium.internal.model.Column;
import dev.storium.internal.model.DefaultValue;
import dev.storium.internal.model.EnumType;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.Generated;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Sequence;
import dev.storium.internal.model.Table;
import dev.storium.internal.model.View;
import dev.storium.schema.ColumnType;
import dev.storium.schema.FkAction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A drizzle-kit snapshot ({@code meta/NNNN_snapshot.json}, format version 7 on PostgreSQL, 5 on MySQL, 6 on SQLite)
 * converted into Storium's schema model: tables with their columns (type, default, not null, generated), primary
 * keys, foreign keys with their names and actions, unique constraints, indexes and checks; PostgreSQL's enums and
 * sequences; views. What the model cannot hold is named: a {@link Converted#problems() problem} when leaving it out
 * would make Storium diff against another schema than the database's, a {@link Converted#warnings() warning} when
 * the database keeps it and no diff touches it (policies, index operator classes, a timestamp's precision).
 */
public final class DrizzleSnapshot {
    /**
     * A converted snapshot.
     *
     * @param id the snapshot's id, kept so that the chain of snapshots stays drizzle-kit's
     * @param prevId the previous snapshot's id
     * @param model the schema, without what {@code problems} name
     * @param problems what could not be converted and changes the schema compared, one sentence each
     * @param warnings what was left out or converted approximately, one sentence each
     */
    public record Converted(UUID id, UUID prevId, SchemaModel model, List<String> problems, List<String> warnings) {
        public Converted {
            Objects.requireNonNull(model, "model");
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    /** The id of a snapshot that could not be read. */
    private static final UUID NO_ID = new UUID(0L, 0L);

    private final Dialect dialect;
    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();

    private DrizzleSnapshot(Dialect dialect, String file) {
        this.dialect = dialect;
        this.file = file;
    }

    /** The snapshot format version drizzle-kit writes for {@code dialect}. */
    public static String formatVersion(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return "7";
            case MYSQL:
                return "5";
            default:
                return "6";
        }
    }

    /** Reads and converts the snapshot {@code path}, named {@code file} in messages (such as meta/0002_snapshot.json). */
    public static Converted read(Path path, String file, Dialect dialect) {
        JsonNode root;
        try {
            root = DrizzleFolder.JSON.readTree(path.toFile());
        } catch (IOException e) {
            return new Converted(
                    NO_ID,
                    NO_ID,
                    SchemaModel.empty(),
                    List.of(file + " cannot be read as JSON: " + DrizzleFolder.firstLine(e.getMessage())),
                    List.of());
        }
        return new DrizzleSnapshot(dialect, file).convert(root);
    }

    private Converted convert(JsonNode root) {
        String version = root.path("version").asText("");
        if (!formatVersion(dialect).equals(version)
                || !dialect.key().equals(root.path("dialect").asText(""))) {
            problems.add(file + " is a drizzle-kit snapshot of version '" + version + "' for '"
                    + root.path("dialect").asText("") + "'; adopt reads version " + formatVersion(dialect) + " for "
                    + dialect.key() + " (run npx drizzle-kit up to upgrade the folder)");
            return new Converted(NO_ID, NO_ID, SchemaModel.empty(), problems, warnings);
        }
        UUID id = uuid(root, "id");
        UUID prevId = uuid(root, "prevId");
        for (JsonNode e : root.path("enums")) {
            List<String> values = new ArrayList<>();
            e.path("values").forEach(v -> values.add(v.asText()));
            String schema = e.path("schema").asText("public");
            if (!schema.equals("public")) {
                problems.add(file + ": enum " + schema + "." + e.path("name").asText() + " is in schema " + schema
                        + "; Storium's model holds one schema");
            }
            enums.put(
                    schema + "." + e.path("name").asText(),
                    new EnumType(e.path("name").asText(), values));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (JsonNode t : root.path("tables")) {
            Table table = table(t);
            if (table != null) {
                tables.put(table.name(), table);
            }
        }
        Map<String, View> views = new LinkedHashMap<>();
        for (JsonNode v : root.path("views")) {
            view(v, views);
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (JsonNode s : root.path("sequences")) {
            sequence(s, sequences);
        }
        Map.of("roles", "role", "policies", "policy")
                .forEach((kind, one) -> root.path(kind)
                        .fieldNames()
                        .forEachRemaining(name -> warnings.add(file + ": the " + one + " " + name + " is not part of"
                                + " Storium's model; the database keeps it and Storium leaves it alone")));
        return new Converted(id, prevId, new SchemaModel(tables, views, sequences), problems, warnings);
    }

    private UUID uuid(JsonNode root, String field) {
        try {
            return UUID.fromString(root.path(field).asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(
                    file + " has no valid " + field + " ('" + root.path(field).asText("") + "')");
            return NO_ID;
        }
    }

    private Table table(JsonNode t) {
        String name = t.path("name").asText();
        String where = file + ": table " + name;
        String schema = t.path("schema").asText("");
        if (!schema.isEmpty() && !schema.equals("public")) {
            problems.add(where + " is in schema " + schema + "; Storium's model holds the tables of one schema");
            return null;
        }
        List<Column> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            Column column = column(where, name, c);
            if (column != null) {
                columns.add(column);
            }
            if (c.path("primaryKey").asBoolean(false)) {
                primaryKey.add(c.path("name").asText());
            }
            if (c.path("isUnique").asBoolean(false)
                    && !t.path("uniqueConstraints").has(uniqueName(name, c))) {
                indexes.add(Index.uniqueConstraint(
                        uniqueName(name, c), List.of(c.path("name").asText())));
            }
        }
        List<String> composite = compositeKey(where, t.path("compositePrimaryKeys"));
        if (composite != null) {
            primaryKey = composite;
        }
        for (JsonNode u : t.path("uniqueConstraints")) {
            if (u.path("nullsNotDistinct").asBoolean(false)) {
                warnings.add(where + ": unique constraint " + u.path("name").asText() + " is NULLS NOT DISTINCT,"
                        + " which Storium's model does not hold; the database keeps it");
            }
            indexes.add(Index.uniqueConstraint(u.path("name").asText(), texts(u.path("columns"))));
        }
        for (JsonNode i : t.path("indexes")) {
            Index index = DrizzleIndexes.of(dialect, where, i, warnings);
            if (index != null) {
                indexes.add(index);
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonNode fk : t.path("foreignKeys")) {
            foreignKeys.add(foreignKey(where, fk));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        JsonNode checkNodes = dialect == Dialect.MYSQL ? t.path("checkConstraint") : t.path("checkConstraints");
        for (JsonNode check : checkNodes) {
            checks.add(new CheckConstraint(
                    check.path("name").asText(), check.path("value").asText()));
        }
        if (t.path("isRLSEnabled").asBoolean(false) || t.path("policies").size() > 0) {
            warnings.add(where + " has row-level security or policies, which Storium's model does not hold; the"
                    + " database keeps them and Storium leaves them alone");
        }
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, null, null);
    }

    private static String uniqueName(String table, JsonNode column) {
        return column.path("uniqueName")
                .asText(table + "_" + column.path("name").asText() + "_unique");
    }

    private List<String> compositeKey(String where, JsonNode keys) {
        if (keys.size() > 1) {
            problems.add(where + " has " + keys.size() + " composite primary keys; a table has one");
        }
        for (JsonNode key : keys) {
            return texts(key.path("columns"));
        }
        return null;
    }

    private Column column(String where, String table, JsonNode c) {
        String name = c.path("name").asText();
        String at = where + ", column " + name;
        String typeSchema = c.hasNonNull("typeSchema") ? c.path("typeSchema").asText() : null;
        DrizzleTypes.Typed typed =
                DrizzleTypes.of(dialect, c.path("type").asText(), typeSchema, enums, table + "_" + name);
        if (typed.type() == ColumnType.CUSTOM) {
            warnings.add(at + ": type " + typed.customSql() + " has no Storium column type and becomes a custom one"
                    + " (column(\"...\", CUSTOM).sqlType(Dialect." + dialect.name() + ", \"" + typed.customSql()
                    + "\") in the code)" + (typed.note() == null ? "" : ": " + typed.note()));
        } else if (typed.note() != null) {
            warnings.add(at + ": " + typed.note() + "; the database keeps it");
        }
        if (typed.type() == ColumnType.ENUM && typeSchema == null && dialect == Dialect.MYSQL) {
            warnings.add(at + ": MySQL's enum has no name; it is named "
                    + typed.enumType().name()
                    + " in the converted snapshot, so define it as defineEnum(\""
                    + typed.enumType().name()
                    + "\", ...) in the code");
        }
        ColumnType type = typed.type();
        JsonNode identity = c.path("identity");
        if ((identity.isObject() && type == ColumnType.INTEGER)
                || (c.path("autoincrement").asBoolean(false)
                        && (type == ColumnType.INTEGER || type == ColumnType.BIGINT))) {
            type = ColumnType.SERIAL;
            if (dialect == Dialect.MYSQL) {
                warnings.add(at + ": " + c.path("type").asText() + " AUTO_INCREMENT is read as Storium's serial,"
                        + " which is bigint on MySQL; the database keeps its "
                        + c.path("type").asText() + " column");
            } else if ("always".equals(identity.path("type").asText())) {
                warnings.add(at + ": GENERATED ALWAYS AS IDENTITY is read as Storium's serial, which is GENERATED BY"
                        + " DEFAULT; the database keeps ALWAYS");
            }
        } else if (identity.isObject()) {
            problems.add(at + " is an identity column of type "
                    + typed.type().name().toLowerCase(Locale.ROOT) + "; Storium's identity column is serial (integer)");
        }
        boolean serial = type == ColumnType.SERIAL;
        DefaultValue defaultValue = null;
        try {
            defaultValue =
                    serial ? null : DrizzleDefaults.of(c.get("default"), type).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
        }
        if (defaultValue != null && type == ColumnType.CUSTOM) {
            problems.add(at + ": a custom column has no default in Storium's model, and this one has "
                    + c.get("default").asText());
            defaultValue = null;
        }
        if (c.path("onUpdate").asBoolean(false)) {
            warnings.add(at + " is ON UPDATE CURRENT_TIMESTAMP, which Storium's model does not hold; the database"
                    + " keeps it");
        }
        JsonNode generated = c.path("generated");
        return new Column(
                name,
                type,
                typed.length(),
                typed.precision(),
                typed.scale(),
                typed.items(),
                typed.unsigned(),
                null,
                c.path("notNull").asBoolean(false) || serial,
                defaultValue,
                null,
                null,
                typed.enumType(),
                type == ColumnType.CUSTOM ? Map.of(dialect.key(), typed.customSql()) : null,
                generated.isObject()
                        ? Generated.of(
                                generated.path("as").asText(),
                                !"virtual".equals(generated.path("type").asText()))
                        : null);
    }

    private ForeignKey foreignKey(String where, JsonNode fk) {
        String schemaTo = fk.path("schemaTo").asText("");
        if (!schemaTo.isEmpty() && !schemaTo.equals("public")) {
            problems.add(where + ": foreign key " + fk.path("name").asText() + " references schema " + schemaTo
                    + "; Storium's model holds the tables of one schema");
        }
        return new ForeignKey(
                fk.path("name").asText(),
                texts(fk.path("columnsFrom")),
                fk.path("tableTo").asText(),
                texts(fk.path("columnsTo")),
                action(fk.path("onDelete").asText("no action")),
                action(fk.path("onUpdate").asText("no action")));
    }

    private static FkAction action(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (FkAction action : FkAction.values()) {
            if (action.sql().equals(wanted)) {
                return action;
            }
        }
        return FkAction.NO_ACTION;
    }

    private void view(JsonNode v, Map<String, View> views) {
        String name = v.path("name").asText();
        String where = file + ": view " + name;
        if (v.path("isExisting").asBoolean(false) || !v.hasNonNull("definition")) {
            warnings.add(where + " is declared .existing() in drizzle (not managed by its migrations), so it is not"
                    + " in the converted snapshot either; the database keeps it");
            return;
        }
        String schema = v.path("schema").asText("");
        if (!schema.isEmpty() && !schema.equals("public")) {
            problems.add(where + " is in schema " + schema + "; Storium's model holds one schema");
            return;
        }
        if (v.path("with").size() > 0 || v.hasNonNull("using") || v.hasNonNull("tablespace")) {
            warnings.add(where + " has storage options (with, using, tablespace), which Storium's model does not"
                    + " hold; the database keeps them");
        }
        views.put(
                name,
                new View(
                        name,
                        v.path("definition").asText(),
                        List.of(),
                        v.path("materialized").asBoolean(false)));
    }

    private void sequence(JsonNode s, Map<String, Sequence> sequences) {
        String name = s.path("name").asText();
        String where = file + ": sequence " + name;
        if (!s.path("schema").asText("public").equals("public")) {
            problems.add(where + " is in schema " + s.path("schema").asText() + "; Storium's model holds one schema");
            return;
        }
        if (s.path("cycle").asBoolean(false) || !s.path("cache").asText("1").equals("1")) {
            warnings.add(where + ": its cycle and cache options are not part of Storium's model; the database keeps"
                    + " them");
        }
        try {
            sequences.put(
                    name,
                    new Sequence(
                            name,
                            Long.parseLong(s.path("startWith").asText("1")),
                            Long.parseLong(s.path("increment").asText("1"))));
        } catch (NumberFormatException e) {
            problems.add(where + ": its start or increment is not a whole number");
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
