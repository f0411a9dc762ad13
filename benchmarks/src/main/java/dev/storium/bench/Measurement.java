package dev.storium.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the table: the samples of Storium and of its peer (empty when the row has none) for one case on one
 * database, with the unit of the samples and the target.
 *
 * @param caseName the case, such as {@code 1 migrate 500 files}
 * @param dialect the database, or {@code -} when none is involved
 * @param storium what Storium ran, such as {@code mvn storium:migrate}
 * @param peer what the peer ran, or null
 * @param unit the samples' unit: {@code s}, {@code ms}, {@code MB} or {@code rows/s}
 */
record Measurement(
        String caseName,
        String dialect,
        String storium,
        List<Double> storiumSamples,
        String peer,
        List<Double> peerSamples,
        String unit,
        Target target) {

    Measurement {
        storiumSamples = List.copyOf(storiumSamples);
        peerSamples = List.copyOf(peerSamples);
        if (storiumSamples.isEmpty()) {
            throw new IllegalArgumentException(caseName + " on " + dialect + " has no samples of " + storium);
        }
        if (peer != null && peerSamples.isEmpty()) {
            throw new IllegalArgumentException(caseName + " on " + dialect + " has no samples of " + peer);
        }
    }

    double storiumMedian() {
        return median(storiumSamples);
    }

    /** The peer's median, or null without a peer. */
    Double peerMedian() {
        return peer == null ? null : median(peerSamples);
    }

    /** Storium's median ÷ the peer's, or null without a peer. */
    Double ratio() {
        Double peerMedian = peerMedian();
        return peerMedian == null || peerMedian == 0 ? null : storiumMedian() / peerMedian;
    }

    /** Whether the target is met, or null without a target. */
    Boolean met() {
        return target.met(storiumMedian(), ratio());
    }

    static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
