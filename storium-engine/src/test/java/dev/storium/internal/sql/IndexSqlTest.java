package dev.storium.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.config.Dialect;
import dev.storium.internal.diff.SchemaChange;
import dev.storium.internal.model.Index;
import dev.storium.internal.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of unique constraints and index options, per dialect, as golden text (executed in the constructs tests). */
class IndexSqlTest {
    private static final Index EMAIL_KEY = Index.uniqueConstraint("users_email_key", List.of("email"));
    private static final Index RECENT = new Index(
            "users_recent_idx",
            List.of("team", "created_at"),
            false,
            null,
            false,
            List.of(false, true),
            null,
            List.of(),
            List.of());
    private static final Index LOWER = new Index(
            "users_email_lower_idx", List.of(), true, null, false, List.of(), null, List.of(), List.of("lower(email)"));
    private static final Index COVERING = new Index(
            "users_email_idx", List.of("email"), false, null, false, List.of(), "hash", List.of("name"), List.of());
    private static final Index TEXT =
            new Index("users_bio_idx", List.of("bio"), false, null, false, List.of(), "fulltext", List.of(), List.of());

    private static List<String> sql(Dialect dialect, SchemaChange change) {
        return SqlRenderer.of(dialect).render(List.of(change), SchemaModel.empty(), SchemaModel.empty());
    }

    private static List<String> create(Dialect dialect, Index index) {
        return sql(dialect, new SchemaChange.CreateIndex("users", index));
    }

    @Test
    void postgresql() {
        assertThat(create(Dialect.POSTGRESQL, EMAIL_KEY))
                .containsExactly("ALTER TABLE \"users\" ADD CONSTRAINT \"users_email_key\" UNIQUE (\"email\")");
        assertThat(sql(Dialect.POSTGRESQL, new SchemaChange.DropIndex("users", EMAIL_KEY)))
                .containsExactly("ALTER TABLE \"users\" DROP CONSTRAINT \"users_email_key\"");
        assertThat(create(Dialect.POSTGRESQL, RECENT))
                .containsExactly("CREATE INDEX \"users_recent_idx\" ON \"users\" (\"team\", \"created_at\" DESC)");
        assertThat(create(Dialect.POSTGRESQL, LOWER))
                .containsExactly("CREATE UNIQUE INDEX \"users_email_lower_idx\" ON \"users\" ((lower(email)))");
        assertThat(create(Dialect.POSTGRESQL, COVERING))
                .containsExactly(
                        "CREATE INDEX \"users_email_idx\" ON \"users\" USING hash (\"email\") INCLUDE (\"name\")");
    }

    @Test
    void mysql() {
        assertThat(create(Dialect.MYSQL, EMAIL_KEY))
                .containsExactly("ALTER TABLE `users` ADD CONSTRAINT `users_email_key` UNIQUE (`email`)");
        assertThat(sql(Dialect.MYSQL, new SchemaChange.DropIndex("users", EMAIL_KEY)))
                .containsExactly("DROP INDEX `users_email_key` ON `users`");
        assertThat(create(Dialect.MYSQL, RECENT))
                .containsExactly("CREATE INDEX `users_recent_idx` ON `users` (`team`, `created_at` DESC)");
        assertThat(create(Dialect.MYSQL, TEXT))
                .containsExactly("CREATE FULLTEXT INDEX `users_bio_idx` ON `users` (`bio`)");
    }

    @Test
    void sqlite() {
        assertThat(create(Dialect.SQLITE, RECENT))
                .containsExactly("CREATE INDEX \"users_recent_idx\" ON \"users\" (\"team\", \"created_at\" DESC)");
        assertThat(create(Dialect.SQLITE, LOWER))
                .containsExactly("CREATE UNIQUE INDEX \"users_email_lower_idx\" ON \"users\" (lower(email))");
    }

    @Test
    void h2() {
        assertThat(create(Dialect.MEMORY, EMAIL_KEY))
                .containsExactly("ALTER TABLE \"users\" ADD CONSTRAINT \"users_email_key\" UNIQUE (\"email\")");
        assertThat(sql(Dialect.MEMORY, new SchemaChange.DropIndex("users", EMAIL_KEY)))
                .containsExactly(
                        // either form: a unique index made by hand is read as the constraint Storium would make
                        "ALTER TABLE \"users\" DROP CONSTRAINT IF EXISTS \"users_email_key\"",
                        "DROP INDEX IF EXISTS \"users_email_key\"");
        assertThat(create(Dialect.MEMORY, RECENT))
                .containsExactly("CREATE INDEX \"users_recent_idx\" ON \"users\" (\"team\", \"created_at\" DESC)");
        Index sortedUnique = new Index(
                "users_recent_unique",
                List.of("created_at"),
                true,
                null,
                false,
                List.of(true),
                null,
                List.of(),
                List.of());
        assertThat(create(Dialect.MEMORY, sortedUnique))
                .containsExactly("CREATE UNIQUE INDEX \"users_recent_unique\" ON \"users\" (\"created_at\" DESC)");
    }
}
