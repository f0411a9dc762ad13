package dev.storium.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckTextTest {
    private static String quoted(String condition) {
        return CheckText.quoteColumns(condition, Set.of("price", "status", "length", "e1"), name -> "\"" + name + "\"");
    }

    @Test
    void bareColumnNamesAreQuoted() {
        assertThat(quoted("price > 0 AND status IN ('a', 'b')"))
                .isEqualTo("\"price\" > 0 AND \"status\" IN ('a', 'b')");
    }

    @Test
    void textQuotedNamesQualifiedNamesCallsNumbersAndOtherWordsAreLeftAlone() {
        assertThat(quoted("status = 'price' AND \"price\" > 1e1 AND t.price > 0 AND length(status) < 5 AND Price > 0"))
                .isEqualTo("\"status\" = 'price' AND \"price\" > 1e1 AND t.price > 0 AND length(\"status\") < 5 AND"
                        + " Price > 0");
    }

    @Test
    void aColumnNamedLikeAFunctionIsQuotedWhereItIsNotCalled() {
        assertThat(quoted("length > 0 AND length (status) > 0"))
                .isEqualTo("\"length\" > 0 AND length (\"status\") > 0");
    }
}
