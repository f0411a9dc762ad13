package dev.storium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternationTest {
    @Test
    void theSidesTakeTurnsAtGoingFirstAndTheWarmUpRoundsAreDropped() throws Exception {
        List<String> calls = new ArrayList<>();
        Alternation<String> samples = Alternation.of(
                1,
                3,
                () -> {
                    calls.add("a" + calls.size());
                    return calls.get(calls.size() - 1);
                },
                () -> {
                    calls.add("b" + calls.size());
                    return calls.get(calls.size() - 1);
                });

        assertThat(calls).containsExactly("a0", "b1", "b2", "a3", "a4", "b5", "b6", "a7");
        assertThat(samples.first()).containsExactly("a3", "a4", "a7");
        assertThat(samples.second()).containsExactly("b2", "b5", "b6");
    }
}
