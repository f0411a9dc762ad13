package dev.storium.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LockWaitTest {
    @ParameterizedTest
    @CsvSource({"600, PT10M", "0, PT0S", "30s, PT30S", "10m, PT10M", "1h, PT1H", " 45 , PT45S", "PT2M, PT2M"})
    void readsSecondsUnitsAndIso(String text, String expected) {
        assertThat(LockWait.parse(text, "lockTimeout")).isEqualTo(Duration.parse(expected));
    }

    @Test
    void theDefaultIsMigrateOptionsDefault() {
        assertThat(LockWait.parse(LockWait.DEFAULT, "lockTimeout")).isEqualTo(MigrateOptions.DEFAULT_LOCK_WAIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-5s", "-PT1M"})
    void aNegativeWaitIsAConfigErrorNamingTheSetting(String text) {
        assertThatThrownBy(() -> LockWait.parse(text, "lockTimeout (storium.lockTimeout)"))
                .isInstanceOf(StoriumException.class)
                .hasMessage("lockTimeout (storium.lockTimeout) cannot be negative, found '" + text + "'. Fix: set it"
                        + " to 0 (fail at once when another process holds the lock) or more; the default is 10m.")
                .extracting(e -> ((StoriumException) e).code())
                .isEqualTo(ErrorCode.CONFIG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "10 minutes", "1.5m", "99999999999999999999"})
    void anUnreadableWaitIsAConfigErrorNamingTheForms(String text) {
        assertThatThrownBy(() -> LockWait.parse(text, "lockTimeout"))
                .isInstanceOf(StoriumException.class)
                .hasMessage("lockTimeout must be a duration, found '" + text + "'. Fix: write whole seconds (600), a"
                        + " number with s, m or h (30s, 10m, 1h) or ISO-8601 (PT10M); the default is 10m.");
    }
}
