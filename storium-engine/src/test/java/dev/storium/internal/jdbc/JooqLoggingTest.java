package dev.storium.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** jOOQ's logo, tip and version line are switched off, unless the user set the switch. */
class JooqLoggingTest {
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void save() {
        JooqLogging.DEFAULTS.keySet().forEach(key -> saved.put(key, System.getProperty(key)));
        JooqLogging.DEFAULTS.keySet().forEach(System::clearProperty);
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void switchesOffTheLogoTheTipAndTheVersionLine() {
        JooqLogging.quiet();

        assertThat(System.getProperty("org.jooq.no-logo")).isEqualTo("true");
        assertThat(System.getProperty("org.jooq.no-tips")).isEqualTo("true");
        assertThat(System.getProperty("org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport"))
                .isEqualTo("WARN");
    }

    @Test
    void leavesTheUsersOwnSettingAsItIs() {
        System.setProperty("org.jooq.no-logo", "false");
        System.setProperty("org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport", "INFO");

        JooqLogging.quiet();

        assertThat(System.getProperty("org.jooq.no-logo")).isEqualTo("false");
        assertThat(System.getProperty("org.jooq.no-tips")).isEqualTo("true");
        assertThat(System.getProperty("org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport"))
                .isEqualTo("INFO");
    }
}
