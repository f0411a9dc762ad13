package dev.storium.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start Storium stopped is reported with Storium's message, however deep Spring wrapped it. */
class StoriumFailureAnalyzerTest {
    private final StoriumFailureAnalyzer analyzer = new StoriumFailureAnalyzer();

    @Test
    void theDescriptionIsStoriumsMessageAndTheActionSaysHowToStartWithoutMigrating() {
        StoriumException cause = new StoriumException(
                ErrorCode.MIGRATION_FOLDER, "0000_a.sql was edited after it was applied. Fix: restore it.");
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException(
                "storiumInstance", "failed", new BeanCreationException("storiumMigration", "failed", cause)));

        assertThat(analysis.getDescription())
                .isEqualTo("Storium stopped the start (MIGRATION_FOLDER): 0000_a.sql was edited after it was"
                        + " applied. Fix: restore it.");
        assertThat(analysis.getAction()).contains("storium.migrate.enabled=false");
        assertThat(analysis.getCause()).isSameAs(cause);
    }

    @Test
    void anotherFailureIsLeftToSpring() {
        assertThat(analyzer.analyze(new IllegalStateException("port in use"))).isNull();
    }
}
