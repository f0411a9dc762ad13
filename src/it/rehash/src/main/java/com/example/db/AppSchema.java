package com.example.db;

import static dev.storium.schema.ColumnType.*;
import static dev.storium.schema.Schema.*;

import dev.storium.schema.TableDef;

/** The tables of this test project: users gained a bio since the migrations in migrations/ were generated. */
public final class AppSchema {
    public static final TableDef USERS = defineTable("users")
            .columns(
                    column("id", UUID).primaryKey().defaultRandomUuid(),
                    column("email", VARCHAR).maxLength(255).notNull(),
                    column("bio", TEXT))
            .timestamps(false);

    private AppSchema() {}
}
