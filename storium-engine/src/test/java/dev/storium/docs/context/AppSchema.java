package dev.storium.docs.context;

import dev.storium.schema.TableDef;

/** The tutorial's schema class. */
public final class AppSchema {
    public static final TableDef USERS = DocTables.USERS;
    public static final TableDef POSTS = DocTables.POSTS;

    private AppSchema() {}
}
