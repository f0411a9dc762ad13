package dev.storium.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Java and XML block of README.md and docs/*.md but the Spring Boot page compiles or parses (see DocSnippets). */
class DocSnippetsTest {
    @TestFactory
    Stream<DynamicTest> everyJavaAndXmlBlockOfTheDocs() throws IOException {
        List<Snippet> snippets = DocSnippets.all().stream()
                .filter(s -> !s.where().startsWith(DocSnippets.SPRING_PAGE + ":"))
                .collect(Collectors.toList());
        assertThat(snippets.stream().filter(s -> s.language().equals("java"))).hasSizeGreaterThan(20);
        return DocSnippets.tests(snippets, "");
    }
}
