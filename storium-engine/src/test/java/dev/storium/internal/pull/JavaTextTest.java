package dev.storium.internal.pull;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names and texts the writer makes, as pure functions. */
class JavaTextTest {
    @Test
    void keysAreTheCamelCaseOfDatabaseNames() {
        assertThat(JavaText.camelCase("unit_price")).isEqualTo("unitPrice");
        assertThat(JavaText.camelCase("AlbumId")).isEqualTo("albumId");
        assertThat(JavaText.camelCase("ALBUM_ID")).isEqualTo("albumId");
        assertThat(JavaText.camelCase("address2")).isEqualTo("address2");
        assertThat(JavaText.camelCase("_private")).isEqualTo("private");
        // the DSL's snake_case of the key gives the name back, or the column needs .dbName(...)
        assertThat(JavaText.snakeCase(JavaText.camelCase("unit_price"))).isEqualTo("unit_price");
        assertThat(JavaText.snakeCase(JavaText.camelCase("AlbumId"))).isEqualTo("album_id");
    }

    @Test
    void constantsAreUpperSnakeCaseAndHideNoImportedName() {
        assertThat(JavaText.constant("order_lines")).isEqualTo("ORDER_LINES");
        assertThat(JavaText.constant("PlaylistTrack")).isEqualTo("PLAYLIST_TRACK");
        assertThat(JavaText.constant("2fa_codes")).isEqualTo("T_2FA_CODES");
        // a table named like a column type or a key action would hide it in the class's static imports
        assertThat(JavaText.constant("date")).isEqualTo("DATE_TABLE");
        assertThat(JavaText.constant("cascade")).isEqualTo("CASCADE_TABLE");
    }

    @Test
    void theParenthesesAroundAWholeConditionGo() {
        assertThat(JavaText.unwrapped("((price >= (0)::numeric))")).isEqualTo("price >= (0)::numeric");
        assertThat(JavaText.unwrapped("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(JavaText.unwrapped("(name <> ')(')")).isEqualTo("name <> ')('");
    }

    @Test
    void stringLiteralsEscapeWhatJavaNeeds() {
        assertThat(JavaText.quote("say \"hi\"\\n\tnow\n")).isEqualTo("\"say \\\"hi\\\"\\\\n\\tnow\\n\"");
    }
}
