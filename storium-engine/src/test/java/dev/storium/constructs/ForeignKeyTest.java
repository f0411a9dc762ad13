package dev.storium.constructs;

import static dev.storium.schema.ColumnType.DATE;
import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.SERIAL;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.FkAction.CASCADE;
import static dev.storium.schema.FkAction.RESTRICT;
import static dev.storium.schema.FkAction.SET_NULL;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static dev.storium.schema.Schema.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.error.ErrorCode;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.schema.ColumnDef;
import dev.storium.schema.FkAction;
import dev.storium.schema.FkDeferral;
import dev.storium.schema.ForeignKeyDef;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Foreign keys beyond one column to an earlier table, on every dialect and on tables that hold rows: two tables that
 * reference each other (one by name), a composite key to a composite primary key with update and delete actions, and
 * keys with their own names; then a key renamed, an action changed and a key of the cycle dropped.
 */
class ForeignKeyTest {
    /** What each database says when a foreign key refuses a row. */
    private static final String REFUSED_BY_KEY = "(?is).*(foreign key|referential integrity).*";

    @TempDir
    Path project;

    /** One version of the schema: the department key's name, the assignment key's delete action, the manager key. */
    private static List<TableDef> staff(String departmentKeyName, FkAction onDelete, boolean managerKey) {
        return staff(departmentKeyName, onDelete, managerKey, FkDeferral.NOT_DEFERRABLE);
    }

    private static List<TableDef> staff(
            String departmentKeyName, FkAction onDelete, boolean managerKey, FkDeferral departmentKey) {
        ColumnDef manager = column("managerId", INTEGER);
        TableDef departments = defineTable("departments")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("name", VARCHAR).maxLength(50).notNull(),
                        managerKey ? manager.references("employees", "id").onDelete(SET_NULL) : manager)
                .timestamps(false);
        TableDef employees = defineTable("employees")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("name", VARCHAR).maxLength(50).notNull(),
                        column("departmentId", INTEGER)
                                .notNull()
                                .references(departments, "id")
                                .onDelete(RESTRICT)
                                .foreignKeyName(departmentKeyName)
                                .deferral(departmentKey))
                .timestamps(false);
        TableDef shifts = defineTable("shifts")
                .columns(
                        column("employeeId", INTEGER).notNull().references(employees, "id"),
                        column("day", DATE).notNull(),
                        column("hours", INTEGER).notNull())
                .primaryKey("employeeId", "day")
                .timestamps(false);
        ForeignKeyDef toShift = foreignKey("employeeId", "day")
                .references(shifts, "employeeId", "day")
                .onDelete(onDelete)
                .onUpdate(CASCADE)
                .name("assignments_shift_fk");
        TableDef assignments = defineTable("assignments")
                .columns(
                        column("id", SERIAL).primaryKey(),
                        column("employeeId", INTEGER).notNull(),
                        column("day", DATE).notNull(),
                        column("task", VARCHAR).maxLength(50).notNull())
                .timestamps(false)
                .foreignKeys(toShift);
        return List.of(departments, employees, shifts, assignments);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void mutualCompositeAndNamedKeysAreCreatedChangedAndDroppedOnTablesWithRows(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "foreign_keys", project)) {
            String create = db.step("v1 create", staff("fk_employees_department", CASCADE, true), false);
            assertThat(create).contains("fk_employees_department", "assignments_shift_fk");
            rows(db);
            assertThatThrownBy(() -> db.execute(
                            "INSERT INTO " + db.q("assignments") + " (" + db.q("employee_id") + ", " + db.q("day")
                                    + ", " + db.q("task") + ") VALUES (1, ?, 'ghost')",
                            Date.valueOf("2026-01-09")))
                    .as("the composite key is enforced")
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching(REFUSED_BY_KEY);

            String renamed = db.step(
                    "v2 rename a key, change an action", staff("employees_department_fk", RESTRICT, true), false);
            assertThat(renamed).contains("employees_department_fk");
            assertThat(count(db, "assignments")).isEqualTo("2");
            assertThatThrownBy(() -> db.execute("DELETE FROM " + db.q("shifts")))
                    .as("restrict now keeps the shifts that assignments use")
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching(REFUSED_BY_KEY);

            db.step("v3 drop a key of the cycle", staff("employees_department_fk", RESTRICT, false), false);
            assertThat(db.strings("SELECT " + db.q("manager_id") + " FROM " + db.q("departments")))
                    .containsExactly("1");
            db.execute("UPDATE " + db.q("departments") + " SET " + db.q("manager_id") + " = 99");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"POSTGRESQL", "SQLITE"})
    void aKeyMadeInitiallyDeferredIsCheckedAtCommit(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "deferred_keys", project)) {
            db.step("v1 create", staff("fk_employees_department", CASCADE, true), false);
            String employee = "INSERT INTO " + db.q("employees") + " (" + db.q("name") + ", " + db.q("department_id")
                    + ") VALUES ('Bea', 7)";
            String department = "INSERT INTO " + db.q("departments") + " (" + db.q("id") + ", " + db.q("name")
                    + ") VALUES (7, 'Bar')";
            assertThatThrownBy(() -> db.executeInOneTransaction(employee, department))
                    .as("checked at each statement")
                    .hasMessageMatching(REFUSED_BY_KEY);

            String deferred = db.step(
                    "v2 defer the department key",
                    staff("fk_employees_department", CASCADE, true, FkDeferral.INITIALLY_DEFERRED),
                    false);
            assertThat(deferred).contains("DEFERRABLE INITIALLY DEFERRED");
            db.executeInOneTransaction(employee, department);
            assertThat(count(db, "employees")).isEqualTo("1");

            db.step("v3 check it at once again", staff("fk_employees_department", CASCADE, true), false);
            assertThatThrownBy(() ->
                            db.executeInOneTransaction(employee.replace("7)", "8)"), department.replace("7,", "8,")))
                    .hasMessageMatching(REFUSED_BY_KEY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Dialect.class,
            names = {"MYSQL", "MEMORY"})
    void aDeferrableKeyIsRefusedWhereTheDatabaseChecksEveryKeyAtOnce(Dialect dialect) throws Exception {
        try (Evolution db = new Evolution(dialect, "deferred_refused", project)) {
            GenerateResult result = Storium.generate(
                    db.config(),
                    staff("fk_employees_department", CASCADE, true, FkDeferral.INITIALLY_DEFERRED),
                    GenerateOptions.DEFAULTS);

            assertThat(result.success()).isFalse();
            assertThat(result.error().code()).isEqualTo(ErrorCode.UNSUPPORTED);
            assertThat(result.message())
                    .contains(
                            "Foreign key fk_employees_department on table employees is deferrable",
                            "checks every foreign key at once",
                            "Remove .deferral(...)");
            assertThat(db.config().out()).doesNotExist();
        }
    }

    private static void rows(Evolution db) throws SQLException {
        db.execute("INSERT INTO " + db.q("departments") + " (" + db.q("name") + ") VALUES ('Kitchen')");
        db.execute("INSERT INTO " + db.q("employees") + " (" + db.q("name") + ", " + db.q("department_id")
                + ") VALUES ('Ada', 1)");
        db.execute("UPDATE " + db.q("departments") + " SET " + db.q("manager_id") + " = 1");
        for (String day : List.of("2026-01-05", "2026-01-06")) {
            db.execute(
                    "INSERT INTO " + db.q("shifts") + " (" + db.q("employee_id") + ", " + db.q("day") + ", "
                            + db.q("hours") + ") VALUES (1, ?, 8)",
                    Date.valueOf(day));
            db.execute(
                    "INSERT INTO " + db.q("assignments") + " (" + db.q("employee_id") + ", " + db.q("day") + ", "
                            + db.q("task") + ") VALUES (1, ?, 'prep')",
                    Date.valueOf(day));
        }
    }

    private static String count(Evolution db, String table) throws SQLException {
        return db.strings("SELECT COUNT(*) FROM " + db.q(table)).get(0);
    }
}
