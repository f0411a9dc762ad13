package dev.storium.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples of two sides of a comparison, taken alternately (A B, B A, A B, ...) so that neither side always runs on a
 * machine the other has just warmed or loaded, after untimed warm-up rounds.
 *
 * @param first the first side's samples, in order
 * @param second the second side's samples, in order
 */
record Alternation<T>(List<T> first, List<T> second) {
    /** One sample of one side. */
    interface Side<T> {
        T sample() throws Exception;
    }

    /** {@code samples} samples of each side, after {@code warmUp} rounds of both whose samples are dropped. */
    static <T> Alternation<T> of(int warmUp, int samples, Side<T> first, Side<T> second) throws Exception {
        List<T> a = new ArrayList<>();
        List<T> b = new ArrayList<>();
        for (int round = 0; round < warmUp + samples; round++) {
            boolean firstFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isFirst = (turn == 0) == firstFirst;
                T sample = isFirst ? first.sample() : second.sample();
                if (round >= warmUp) {
                    (isFirst ? a : b).add(sample);
                }
            }
        }
        return new Alternation<>(a, b);
    }
}
