package dev.storium.result;

import dev.storium.error.StoriumException;

/** The invariant every {@link GoalResult} keeps. */
final class Shapes {
    private Shapes() {}

    /** Refuses a result whose success and error disagree: a failure always carries its error, a success none. */
    static void require(boolean success, StoriumException error) {
        if (success == (error != null)) {
            throw new IllegalArgumentException("a successful result has no error, a failed one has one");
        }
    }
}
