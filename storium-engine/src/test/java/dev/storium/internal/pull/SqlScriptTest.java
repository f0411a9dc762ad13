package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void endsAStatementAtEachSemicolonOutsideQuotesAndComments() {
        String script = "-- a comment; not a statement\n"
                + "CREATE TABLE a (x text DEFAULT 'one; two', \"odd;name\" int);\n"
                + "/* block; comment */ INSERT INTO a VALUES ('it''s');\n"
                + "\n-- only a comment at the end\n";

        assertThat(SqlScript.statements(script, false))
                .containsExactly(
                        "CREATE TABLE a (x text DEFAULT 'one; two', \"odd;name\" int)",
                        "INSERT INTO a VALUES ('it''s')");
    }

    @Test
    void keepsAPostgresDollarQuotedBodyWhole() {
        String script = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND $$;\n"
                + "CREATE FUNCTION g(text) RETURNS text LANGUAGE sql AS $_$ SELECT $1 || ';' $_$;\n"
                + "SELECT 1;";

        List<String> statements = SqlScript.statements(script, false);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).endsWith("RETURN 1;\nEND $$");
        assertThat(statements.get(1)).endsWith("SELECT $1 || ';' $_$");
        assertThat(statements.get(2)).isEqualTo("SELECT 1");
    }

    @Test
    void followsMysqlDelimiterLinesAndHashComments() {
        String script = "SET @a = 1;\n"
                + "DELIMITER ;;\n"
                + "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW BEGIN\n"
                + "  INSERT INTO b VALUES (1); # it's a comment\n"
                + "END;;\n"
                + "DELIMITER //\n"
                + "CREATE PROCEDURE p() BEGIN SELECT 'a\\'b;'; END //\n"
                + "DELIMITER ;\n"
                + "SELECT 2;\n";

        assertThat(SqlScript.statements(script, true))
                .containsExactly(
                        "SET @a = 1",
                        "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW BEGIN\n  INSERT INTO b VALUES (1); \nEND",
                        "CREATE PROCEDURE p() BEGIN SELECT 'a\\'b;'; END",
                        "SELECT 2");
    }
}
