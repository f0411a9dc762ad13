package dev.storium.bench;

/**
 * The goal a measurement is held to: the ratio Storium ÷ peer at most or at least a value, or Storium's own median at
 * most a value; {@link #NONE} for figures reported without a target.
 */
record Target(Kind kind, double value) {
    static final Target NONE = new Target(Kind.NONE, 0);

    enum Kind {
        RATIO_AT_MOST,
        RATIO_AT_LEAST,
        MEDIAN_AT_MOST,
        NONE
    }

    static Target ratioAtMost(double value) {
        return new Target(Kind.RATIO_AT_MOST, value);
    }

    static Target ratioAtLeast(double value) {
        return new Target(Kind.RATIO_AT_LEAST, value);
    }

    static Target medianAtMost(double value) {
        return new Target(Kind.MEDIAN_AT_MOST, value);
    }

    /** Whether the figures meet this target; null when there is none. */
    Boolean met(double median, Double ratio) {
        switch (kind) {
            case RATIO_AT_MOST:
                return ratio != null && ratio <= value;
            case RATIO_AT_LEAST:
                return ratio != null && ratio >= value;
            case MEDIAN_AT_MOST:
                return median <= value;
            default:
                return null;
        }
    }

    /** The target as the table shows it, such as {@code ratio ≤ 0.8}, in the measurement's unit. */
    String describe(String unit) {
        switch (kind) {
            case RATIO_AT_MOST:
                return "ratio ≤ " + Report.number(value);
            case RATIO_AT_LEAST:
                return "ratio ≥ " + Report.number(value);
            case MEDIAN_AT_MOST:
                return "≤ " + Report.number(value) + " " + unit;
            default:
                return "";
        }
    }
}
