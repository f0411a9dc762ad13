package dev.storium.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.internal.model.Column;
import dev.storium.internal.model.ForeignKey;
import dev.storium.internal.model.SchemaModel;
import dev.storium.internal.model.Table;
import dev.storium.schema.ColumnType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a database can name and Mermaid cannot spell as it is (the DSL allows only word names, so only a database
 * drawn as it is brings them): each is drawn the nearest way Mermaid's parser accepts, and the real name is kept. The
 * diagram is left in target/diagrams for {@code .ci/mermaid-check}.
 */
class MermaidTest {
    private static Column column(String name, ColumnType type, boolean notNull, String comment) {
        return new Column(name, type, null, null, null, null, false, null, notNull, null, comment, null);
    }

    @Test
    void drawsNamesMermaidCannotSpellTheNearestWayAndKeepsTheRealOnes() throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put(
                "end",
                new Table(
                        "end",
                        List.of(column("id", ColumnType.INTEGER, true, null)),
                        List.of("id"),
                        List.of(),
                        List.of(),
                        null));
        tables.put(
                "Order \"Lines\" 100%",
                new Table(
                        "Order \"Lines\" 100%",
                        List.of(
                                column("Page Count", ColumnType.INTEGER, false, "line one\nline \"two\""),
                                column("9lives", ColumnType.TEXT, false, null),
                                column("end id", ColumnType.INTEGER, false, null)),
                        List.of(),
                        List.of(),
                        List.of(
                                new ForeignKey("fk_end", List.of("end id"), "end", List.of("id"), null, null, null),
                                new ForeignKey("fk_gone", List.of("9lives"), "gone", List.of("id"), null, null, null)),
                        null));
        Mermaid.Drawing drawing = Mermaid.draw(new SchemaModel(tables), Mermaid::codeType);

        assertThat(drawing.text()).isEqualTo("""
                        erDiagram
                            "Order _Lines_ 100_" {
                                integer Page_Count "Page Count: line one line 'two'"
                                text _9lives FK "9lives"
                                integer end_id FK "end id"
                            }
                            "end" {
                                integer id PK
                            }
                            "end" |o..o{ "Order _Lines_ 100_" : "end id"
                        """);
        assertThat(drawing.relationships()).isEqualTo(1);
        assertThat(drawing.warnings())
                .containsExactly(
                        "Table Order \"Lines\" 100% is drawn as Order _Lines_ 100_: a Mermaid entity name cannot hold"
                                + " \", % or \\.",
                        "Table Order \"Lines\" 100%: the foreign key fk_gone references gone, which is not in the"
                                + " diagram; it is drawn as a column marked FK without a line.");
        Files.createDirectories(Path.of("target/diagrams"));
        Files.writeString(Path.of("target/diagrams/odd-names.mmd"), drawing.text());
    }
}
