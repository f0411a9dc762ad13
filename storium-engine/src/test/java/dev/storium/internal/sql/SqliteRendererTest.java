package dev.storium.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.SchemaModel;
import dev.storium.schema.ColumnType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteRendererTest extends DialectSuite {

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    List<String> golden() {
        return List.of("""
                CREATE TABLE "users" (
                  "id" varchar(36) NOT NULL,
                  "email" varchar(255) NOT NULL,
                  "name" varchar(100),
                  "code" varchar(10),
                  "age" integer DEFAULT 0,
                  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
                )
                --> statement-breakpoint
                CREATE TABLE "posts" (
                  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text DEFAULT 'untitled' NOT NULL,
                  "status" varchar(20) DEFAULT 'draft',
                  CONSTRAINT "posts_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE
                )
                --> statement-breakpoint
                CREATE TABLE "memberships" (
                  "user_id" varchar(36) NOT NULL,
                  "group_id" integer NOT NULL,
                  CONSTRAINT "memberships_pkey" PRIMARY KEY ("user_id")
                )
                --> statement-breakpoint
                CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email")
                --> statement-breakpoint
                CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id")
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                CREATE TABLE "__new_users" (
                  "id" varchar(36) NOT NULL,
                  "email" varchar(255) NOT NULL,
                  "name" varchar(100),
                  "code" varchar(10),
                  "age" integer DEFAULT 0,
                  "bio" text,
                  "active" boolean DEFAULT 1 NOT NULL,
                  "joined" date DEFAULT CURRENT_DATE,
                  "settings" text DEFAULT '{}',
                  "tags" text,
                  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
                )
                --> statement-breakpoint
                INSERT INTO "__new_users" ("id", "email", "name", "code", "age") SELECT "id", "email", "name", "code", "age" FROM "users"
                --> statement-breakpoint
                DROP TABLE "users"
                --> statement-breakpoint
                ALTER TABLE "__new_users" RENAME TO "users"
                --> statement-breakpoint
                CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email")
                --> statement-breakpoint
                CREATE TABLE "__new_posts" (
                  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text DEFAULT 'untitled' NOT NULL,
                  "status" varchar(20) DEFAULT 'draft',
                  "score" numeric(10, 2) DEFAULT 1.5,
                  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
                  CONSTRAINT "posts_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_posts" ("id", "author_id", "title", "status") SELECT "id", "author_id", "title", "status" FROM "posts"
                --> statement-breakpoint
                DROP TABLE "posts"
                --> statement-breakpoint
                ALTER TABLE "__new_posts" RENAME TO "posts"
                --> statement-breakpoint
                CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id")
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                CREATE TABLE "__new_users" (
                  "id" varchar(36) NOT NULL,
                  "email" varchar(255) NOT NULL,
                  "name" varchar(200) DEFAULT 'anon' NOT NULL,
                  "code" integer,
                  "age" bigint,
                  "bio" text,
                  "active" boolean DEFAULT 1 NOT NULL,
                  "joined" date DEFAULT CURRENT_DATE,
                  "settings" text DEFAULT '{}',
                  "tags" text,
                  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
                )
                --> statement-breakpoint
                INSERT INTO "__new_users" ("id", "email", "name", "code", "age", "bio", "active", "joined", "settings", "tags") SELECT "id", "email", COALESCE("name", 'anon'), "code", "age", "bio", "active", "joined", "settings", "tags" FROM "users"
                --> statement-breakpoint
                DROP TABLE "users"
                --> statement-breakpoint
                ALTER TABLE "__new_users" RENAME TO "users"
                --> statement-breakpoint
                CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email")
                --> statement-breakpoint
                CREATE TABLE "__new_posts" (
                  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text NOT NULL,
                  "status" varchar(20) DEFAULT 'draft' NOT NULL,
                  "score" numeric(10, 2) DEFAULT 1.5,
                  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
                  CONSTRAINT "posts_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_posts" ("id", "author_id", "title", "status", "score", "created_at") SELECT "id", "author_id", "title", COALESCE("status", 'draft'), "score", "created_at" FROM "posts"
                --> statement-breakpoint
                DROP TABLE "posts"
                --> statement-breakpoint
                ALTER TABLE "__new_posts" RENAME TO "posts"
                --> statement-breakpoint
                CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id")
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                ALTER TABLE "posts" RENAME TO "articles"
                --> statement-breakpoint
                ALTER TABLE "users" RENAME COLUMN "name" TO "full_name"
                --> statement-breakpoint
                CREATE TABLE "__new_memberships" (
                  "user_id" varchar(36) NOT NULL,
                  "team_id" integer NOT NULL,
                  CONSTRAINT "memberships_pkey" PRIMARY KEY ("user_id", "team_id")
                )
                --> statement-breakpoint
                INSERT INTO "__new_memberships" ("user_id", "team_id") SELECT "user_id", "group_id" FROM "memberships"
                --> statement-breakpoint
                DROP TABLE "memberships"
                --> statement-breakpoint
                ALTER TABLE "__new_memberships" RENAME TO "memberships"
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                DROP INDEX "posts_author_id_idx"
                --> statement-breakpoint
                CREATE TABLE "__new_articles" (
                  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text NOT NULL,
                  "status" varchar(20) DEFAULT 'draft' NOT NULL,
                  "score" numeric(10, 2) DEFAULT 1.5,
                  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
                  CONSTRAINT "articles_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_articles" ("id", "author_id", "title", "status", "score", "created_at") SELECT "id", "author_id", "title", "status", "score", "created_at" FROM "articles"
                --> statement-breakpoint
                DROP TABLE "articles"
                --> statement-breakpoint
                ALTER TABLE "__new_articles" RENAME TO "articles"
                --> statement-breakpoint
                CREATE INDEX "articles_author_status_idx" ON "articles" ("author_id", "status")
                --> statement-breakpoint
                CREATE TABLE "__new_memberships" (
                  "user_id" varchar(36) NOT NULL,
                  "team_id" integer NOT NULL,
                  CONSTRAINT "memberships_pkey" PRIMARY KEY ("user_id", "team_id"),
                  CONSTRAINT "memberships_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_memberships" ("user_id", "team_id") SELECT "user_id", "team_id" FROM "memberships"
                --> statement-breakpoint
                DROP TABLE "memberships"
                --> statement-breakpoint
                ALTER TABLE "__new_memberships" RENAME TO "memberships"
                --> statement-breakpoint
                CREATE UNIQUE INDEX "users_code_age_unique" ON "users" ("code", "age")
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                DROP INDEX "users_email_unique"
                --> statement-breakpoint
                ALTER TABLE "users" DROP COLUMN "bio"
                --> statement-breakpoint
                ALTER TABLE "users" DROP COLUMN "email"
                --> statement-breakpoint
                DROP TABLE "memberships"
                --> statement-breakpoint
                CREATE TABLE "__new_articles" (
                  "id" integer NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text NOT NULL,
                  "status" varchar(20) DEFAULT 'draft' NOT NULL,
                  "score" numeric(10, 2) DEFAULT 1.5,
                  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
                  CONSTRAINT "articles_pkey" PRIMARY KEY ("id"),
                  CONSTRAINT "articles_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_articles" ("id", "author_id", "title", "status", "score", "created_at") SELECT "id", "author_id", "title", "status", "score", "created_at" FROM "articles"
                --> statement-breakpoint
                DROP TABLE "articles"
                --> statement-breakpoint
                ALTER TABLE "__new_articles" RENAME TO "articles"
                --> statement-breakpoint
                CREATE INDEX "articles_author_status_idx" ON "articles" ("author_id", "status")
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """, """
                PRAGMA foreign_keys=OFF
                --> statement-breakpoint
                CREATE TABLE "__new_articles" (
                  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
                  "author_id" varchar(36) NOT NULL,
                  "title" text NOT NULL,
                  "status" varchar(20) DEFAULT 'draft' NOT NULL,
                  "score" numeric(10, 2) DEFAULT 1.5,
                  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
                  CONSTRAINT "articles_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                )
                --> statement-breakpoint
                INSERT INTO "__new_articles" ("id", "author_id", "title", "status", "score", "created_at") SELECT "id", "author_id", "title", "status", "score", "created_at" FROM "articles"
                --> statement-breakpoint
                DROP TABLE "articles"
                --> statement-breakpoint
                ALTER TABLE "__new_articles" RENAME TO "articles"
                --> statement-breakpoint
                CREATE INDEX "articles_author_status_idx" ON "articles" ("author_id", "status")
                --> statement-breakpoint
                PRAGMA foreign_key_check
                --> statement-breakpoint
                PRAGMA foreign_keys=ON
                """);
    }

    /** Only the parent changes: users.code becomes an integer while posts rows reference users on delete cascade. */
    private static List<String> rebuildParent() {
        SchemaModel next = Steps.model(
                Steps.change(Steps.USERS_1, Steps.col("code", ColumnType.INTEGER)), Steps.POSTS_1, Steps.MEMBERSHIPS_1);
        return render(
                Dialect.SQLITE,
                new Steps.Step(
                        "rebuild users",
                        Steps.V1,
                        next,
                        List.of(new SchemaChange.AlterColumn(
                                "users", Steps.USERS_CODE, Steps.col("code", ColumnType.INTEGER), true))));
    }

    @Test
    void rebuildingAParentTableKeepsEveryCascadingChildRow() throws SQLException {
        List<String> sql = rebuildParent();
        assertThat(sql.get(0)).isEqualTo("PRAGMA foreign_keys=OFF");
        assertThat(sql.get(sql.size() - 1)).isEqualTo("PRAGMA foreign_keys=ON");
        assertThat(sql).contains("DROP TABLE \"users\"", "ALTER TABLE \"__new_users\" RENAME TO \"users\"");
        databases.reset(Dialect.SQLITE);
        try (Connection connection = databases.connect(Dialect.SQLITE)) {
            ScriptExecutor executor = new ScriptExecutor(Dialect.SQLITE);
            update(connection, "PRAGMA foreign_keys=ON");
            executor.execute(connection, "v1", render(Dialect.SQLITE, Steps.createTables()));
            insertRows(connection);
            executor.execute(connection, "rebuild", sql);
            assertThat(count(connection, "posts")).isEqualTo(3);
            assertThat(strings(connection, "SELECT typeof(\"code\") FROM \"users\""))
                    .containsOnly("integer");
            assertThat(ScriptExecutorTest.foreignKeysOn(connection)).isTrue();
            // the constraint still cascades after the rebuild
            update(connection, "DELETE FROM \"users\" WHERE \"id\" = '" + ALICE + "'");
            assertThat(count(connection, "posts")).isEqualTo(1);
        }
    }

    @Test
    void theSameRebuildInsideOneTransactionLosesTheChildRows() throws SQLException {
        // the trap of the original: the pragma inside the transaction is ignored and DROP TABLE cascades
        databases.reset(Dialect.SQLITE);
        try (Connection connection = databases.connect(Dialect.SQLITE)) {
            update(connection, "PRAGMA foreign_keys=ON");
            new ScriptExecutor(Dialect.SQLITE).execute(connection, "v1", render(Dialect.SQLITE, Steps.createTables()));
            insertRows(connection);
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : rebuildParent()) {
                    if (!statement.equals("PRAGMA foreign_key_check")) {
                        s.execute(statement);
                    }
                }
            }
            connection.commit();
            assertThat(count(connection, "posts")).isZero();
        }
    }
}
