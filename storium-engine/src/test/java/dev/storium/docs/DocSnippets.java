package dev.storium.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.xml.sax.InputSource;

/**
 * The Java and XML blocks of README.md and docs/*.md, checked as a reader would use them, so that the docs cannot
 * rot: Java compiles (a whole class as it is, class members inside a class, statements inside a method given the
 * variables the docs use, a fragment as an expression), XML parses. A block the page marks
 * {@code ```java not-compiled: <why>} is shown only; the reason is part of the page. {@code DocSnippetsTest} checks
 * the engine's pages; the Spring Boot starter's tests check docs/spring-boot.md, whose blocks need Spring.
 */
public final class DocSnippets {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** What every Java block may use without importing it, as the docs' own examples assume. */
    private static final String IMPORTS = String.join(
            "\n",
            "import static dev.storium.schema.ColumnType.*;",
            "import static dev.storium.schema.Schema.*;",
            "import static dev.storium.schema.FkAction.*;",
            "import dev.storium.*;",
            "import dev.storium.config.*;",
            "import dev.storium.error.*;",
            "import dev.storium.options.*;",
            "import dev.storium.result.*;",
            "import dev.storium.schema.*;",
            "import dev.storium.seed.*;",
            "import dev.storium.store.*;",
            "import java.math.BigDecimal;",
            "import java.nio.file.Path;",
            "import java.time.*;",
            "import java.util.*;",
            "import javax.sql.DataSource;",
            "import org.jooq.DSLContext;",
            "import org.jooq.impl.DSL;",
            "import dev.storium.docs.context.*;",
            "import static dev.storium.docs.context.DocTables.*;",
            "");

    /** A top-level type: public, or a class, interface or enum (a record without modifiers is a local one). */
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*"
            + "(?:class|interface|record|enum)|(?:final\\s+|abstract\\s+)*(?:class|interface|enum))\\s+(\\w+)");

    /** The public type of a unit, whose name its file must have. */
    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    /** Where the blocks' classes go: one directory for all, as only whether they compile matters. */
    private static final Path OUT = Path.of("target/doc-snippets");

    /** A member declared with an annotation at the start of a line, such as Spring's {@code @Bean} methods. */
    private static final Pattern ANNOTATED = Pattern.compile("(?m)^@\\w+");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+[\\w.]+;\\s*$");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+[^;]+;\\s*$");
    private static final Pattern MEMBER =
            Pattern.compile("(?m)^(?:@\\w+.*\\n)*(?:public|private|protected|static|final)\\b[^=;(]*(?:[=;(])");

    /** The page whose blocks need Spring Boot on the class path: checked by the starter's tests. */
    public static final String SPRING_PAGE = "docs/spring-boot.md";

    private DocSnippets() {}

    /** Every fenced block of README.md and docs/*.md, page by page. */
    public static List<Snippet> all() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : pages) {
            snippets.addAll(Snippet.of(ROOT, page));
        }
        return snippets;
    }

    /** A test per Java and XML block of {@code snippets} that is not marked not-compiled. */
    public static Stream<DynamicTest> tests(List<Snippet> snippets, String extraImports) {
        return snippets.stream()
                .filter(s -> s.language().equals("java") || s.language().equals("xml"))
                .filter(s -> !s.exempt())
                .map(s -> DynamicTest.dynamicTest(s.language() + " " + s.where(), () -> {
                    if (s.language().equals("java")) {
                        compiles(s, extraImports);
                    } else {
                        parses(s);
                    }
                }));
    }

    /**
     * The unit a Java block becomes: a class of its own, members in a class, statements in a method, or one expression
     * (a fragment such as {@code column("email", VARCHAR).notNull()}) assigned to a variable; the latter three in a
     * subclass of {@code DocContext}. The docs' elisions are read as a reader reads them: a line {@code ...} is left
     * out, {@code (...)} is an empty argument list, {@code , ...} ends a list, {@code = ...;} is a value given elsewhere.
     */
    static String unit(Snippet snippet, String extraImports) {
        String text = snippet.text()
                .replaceAll("(?m)^\\s*\\.\\.\\.\\s*$", "")
                .replace("(...)", "()")
                .replaceAll(",\\s*\\.\\.\\.", "")
                .replaceAll("=\\s*\\.\\.\\.\\s*;", "= null;");
        Matcher packageLine = PACKAGE.matcher(text);
        String pkg = packageLine.find() ? packageLine.group() : "";
        String body = PACKAGE.matcher(text).replaceAll("");
        String imports = IMPORT.matcher(body).results().map(m -> m.group()).collect(Collectors.joining("\n"));
        body = IMPORT.matcher(body).replaceAll("");
        String head = pkg + "\n" + IMPORTS + extraImports + imports + "\n";
        if (TYPE.matcher(body).find()) {
            return head + body;
        }
        if (MEMBER.matcher(body).find() || ANNOTATED.matcher(body).find()) {
            return head + "class Snippet extends DocContext {\n" + body + "\n}\n";
        }
        String code = body.replaceAll("(?m)//.*$", "").strip();
        if (!code.endsWith(";") && !code.endsWith("}")) {
            body = "Object fragment = " + body.strip() + "\n;";
        }
        return head + "class Snippet extends DocContext {\n void run() throws Exception {\n" + body + "\n }\n}\n";
    }

    private static void compiles(Snippet snippet, String extraImports) throws IOException {
        String source = unit(snippet, extraImports);
        Matcher type = PUBLIC_TYPE.matcher(source);
        String name = type.find() ? type.group(1) : "Snippet";
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createDirectories(OUT);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaFileObject file =
                    new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return source;
                        }
                    };
            List<String> options =
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, List.of(file))
                    .call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertThat(ok)
                    .as(
                            "the Java block at %s does not compile:\n%s\n--- as compiled:\n%s",
                            snippet.where(), errors, source)
                    .isTrue();
        }
    }

    private static void parses(Snippet snippet) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String text = snippet.text().replaceAll("(?m)^\\s*\\.\\.\\.\\s*$", "");
        String document = text.strip().startsWith("<?xml") ? text : "<snippet>\n" + text + "\n</snippet>";
        try {
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new AssertionError(
                    "the XML block at " + snippet.where() + " does not parse: line " + e.getLineNumber() + ": "
                            + e.getMessage() + "\n" + text,
                    e);
        }
    }
}
