package dev.storium.spring;

import dev.storium.error.StoriumException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a start stopped by Storium (a failed or edited migration, a configuration error) with Storium's own message
 * (what happened, the facts and the fix) instead of a stack of bean-creation errors.
 */
final class StoriumFailureAnalyzer extends AbstractFailureAnalyzer<StoriumException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoriumException cause) {
        return new FailureAnalysis(
                "Storium stopped the start (" + cause.code() + "): " + cause.getMessage(),
                "Follow the fix in Storium's message above. To start without applying migrations, set"
                        + " storium.migrate.enabled=false (the health indicator then reports the pending ones).",
                cause);
    }
}
