package dev.storium.schema;

import static dev.storium.schema.Tables.POSTS;
import static dev.storium.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs real jOOQ queries against DSL-defined tables on H2 in memory. */
class JooqQueryTest {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private Connection connection;
    private DSLContext db;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:jooq_" + UUID.randomUUID());
        db = DSL.using(connection, SQLDialect.H2);
        for (TableDef table : new TableDef[] {USERS, POSTS}) {
            db.createTable(table)
                    .columns(table.fields())
                    .primaryKey(table.getPrimaryKey().getFields())
                    .execute();
        }
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void insertsAndSelectsThroughTheDefinition() {
        UUID id = UUID.randomUUID();
        db.insertInto(USERS)
                .set(USERS.column("id", UUID.class), id)
                .set(USERS.column("email", String.class), "ada@example.com")
                .set(USERS.column("fullName", String.class), "Ada")
                .set(USERS.column("tags", String[].class), new String[] {"math", "engines"})
                .execute();

        Record ada = db.selectFrom(USERS)
                .where(USERS.column("email", String.class).eq("ada@example.com"))
                .fetchOne();
        assertThat(ada).isNotNull();
        assertThat(ada.get(USERS.column("id", UUID.class))).isEqualTo(id);
        assertThat(ada.get(USERS.field("full_name"))).isEqualTo("Ada");
        assertThat(ada.get(USERS.column("score", BigDecimal.class))).isEqualByComparingTo("0");
        assertThat(ada.get(USERS.column("active", Boolean.class))).isTrue();
        assertThat(ada.get(USERS.column("tags", String[].class))).containsExactly("math", "engines");
    }

    @Test
    void joinsAlongTheForeignKey() {
        UUID id = UUID.randomUUID();
        db.insertInto(USERS)
                .set(USERS.column("id", UUID.class), id)
                .set(USERS.column("email", String.class), "grace@example.com")
                .execute();
        db.insertInto(POSTS)
                .set(POSTS.column("authorId", UUID.class), id)
                .set(POSTS.column("body", String.class), "hello")
                .execute();

        Result<Record> rows = db.select()
                .from(POSTS)
                .join(USERS)
                .onKey(POSTS.getReferences().get(0))
                .fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(USERS.column("email", String.class))).isEqualTo("grace@example.com");
        assertThat(rows.get(0).get(POSTS.column("title", String.class))).isEqualTo("untitled");
        assertThat(rows.get(0).get(POSTS.column("id", Integer.class))).isEqualTo(1);
        assertThat(rows.get(0).get(POSTS.column("createdAt"))).isNotNull();
    }
}
