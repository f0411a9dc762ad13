package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.docs.DocSnippets;
import dev.storium.docs.Snippet;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java and XML blocks of docs/spring-boot.md compile against the starter and Spring Boot, with the example
 * application's classes (the page's {@code LibrarySchema}, {@code BookStore}) as the context the page refers to; the
 * engine's DocSnippetsTest checks every other page.
 */
class SpringDocSnippetsTest {
    private static final String SPRING_IMPORTS = String.join(
            "\n",
            "import org.springframework.context.annotation.*;",
            "import org.springframework.boot.autoconfigure.*;",
            "import dev.storium.spring.*;",
            "import com.example.library.*;",
            "");

    @TestFactory
    Stream<DynamicTest> everyJavaAndXmlBlockOfTheSpringBootPage() throws IOException {
        List<Snippet> snippets = DocSnippets.all().stream()
                .filter(s -> s.where().startsWith(DocSnippets.SPRING_PAGE + ":"))
                .collect(Collectors.toList());
        assertThat(snippets).isNotEmpty();
        return DocSnippets.tests(snippets, SPRING_IMPORTS);
    }
}
