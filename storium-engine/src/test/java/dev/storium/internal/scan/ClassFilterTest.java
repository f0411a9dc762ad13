package dev.storium.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFilterTest {
    @Test
    void noPatternsMatchEveryClass() {
        ClassFilter filter = new ClassFilter("schema", List.of());

        assertThat(filter.matches("com.example.Anything")).isTrue();
        assertThat(filter.packages()).isEmpty();
    }

    @Test
    void oneStarStaysWithinAPackageSegment() {
        ClassFilter filter = new ClassFilter("schema", List.of("com.example.db.*"));

        assertThat(filter.matches("com.example.db.Tables")).isTrue();
        assertThat(filter.matches("com.example.db.Tables$Nested")).isTrue();
        assertThat(filter.matches("com.example.db.sub.Tables")).isFalse();
        assertThat(filter.matches("com.example.dbx.Tables")).isFalse();
        assertThat(filter.packages()).containsExactly("com.example.db");
    }

    @Test
    void twoStarsCrossSegments() {
        ClassFilter filter = new ClassFilter("schema", List.of("com.example.**"));

        assertThat(filter.matches("com.example.db.sub.Tables")).isTrue();
        assertThat(filter.matches("org.example.Tables")).isFalse();
        assertThat(new ClassFilter("schema", List.of("**.schema.*")).matches("a.b.schema.Users"))
                .isTrue();
        assertThat(new ClassFilter("schema", List.of("**.schema.*")).packages()).isEmpty();
    }

    @Test
    void aQuestionMarkIsOneCharacterAndOtherCharactersAreLiteral() {
        ClassFilter filter = new ClassFilter("schema", List.of("com.ex?mple.Tables", "com.a$b.*"));

        assertThat(filter.matches("com.example.Tables")).isTrue();
        assertThat(filter.matches("comXexample.Tables")).isFalse();
        assertThat(filter.matches("com.a$b.C")).isTrue();
        assertThat(filter.packages()).containsExactly("com", "com.a$b");
    }

    @Test
    void aFilePathIsRefusedWithTheFix() {
        assertThatThrownBy(() -> new ClassFilter("schema", List.of("src/main/java/db/*.java")))
                .isInstanceOf(StoriumException.class)
                .satisfies(e -> assertThat(((StoriumException) e).code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessage("The schema pattern 'src/main/java/db/*.java' is not a class-name pattern: Storium"
                        + " matches compiled classes by fully qualified name, not source files or directories. Fix: write it"
                        + " like com.example.db.* (classes of one package) or com.example.** (and its subpackages).");
    }
}
