package dev.storium.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Measurement migrate(List<Double> storium, List<Double> peer) {
        return new Measurement("1 migrate", "sqlite", "a", storium, "b", peer, "s", Target.ratioAtMost(0.8));
    }

    @Test
    void mediansRatiosAndTargets() {
        Measurement m = migrate(List.of(3.0, 1.0, 2.0), List.of(4.0, 5.0, 2.0, 3.0));

        assertThat(m.storiumMedian()).isEqualTo(2.0);
        assertThat(m.peerMedian()).isEqualTo(3.5);
        assertThat(m.ratio()).isEqualTo(2.0 / 3.5);
        assertThat(m.met()).isTrue();
        assertThat(migrate(List.of(3.0), List.of(3.0)).met()).isFalse();
        assertThat(new Measurement("x", "-", "a", List.of(2.0), "b", List.of(1.0), "rows/s", Target.ratioAtLeast(0.8))
                        .met())
                .isTrue();
        assertThat(new Measurement("x", "-", "a", List.of(120.0), null, List.of(), "ms", Target.medianAtMost(100))
                        .met())
                .isFalse();
    }

    @Test
    void aSideWithoutSamplesIsRefused() {
        assertThatThrownBy(() -> migrate(List.of(1.0), List.of()))
                .hasMessage("1 migrate on sqlite has no samples of b");
    }

    @Test
    void theTableShowsMediansRatioTargetAndMachine() {
        Report report = new Report(Map.of("cores", "2"), Map.of("files", 5));
        report.add(migrate(List.of(1.0), List.of(2.0)));

        assertThat(report.markdown())
                .contains("| 1 migrate | sqlite | a | 1.00 s | b | 2.00 s | 0.500 | ratio ≤ 0.800 | yes |")
                .contains("- cores: 2")
                .contains("Sizes: {files=5}");
    }
}
