package dev.storium.spring.actuate;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.CheckOptions;
import dev.storium.options.SchemaSource;
import dev.storium.result.CheckResult;
import dev.storium.result.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Storium's health: {@code storium:check} on the application's DataSource. UP when the code, the migrations and the
 * database agree; DOWN on pending, failed or edited migrations, on tables changed in code without a migration and on
 * drift of the database from the applied migrations, each finding in the details with its fix.
 */
public final class StoriumHealthIndicator extends AbstractHealthIndicator {
    private final DataSource dataSource;
    private final StoriumConfig config;
    private final SchemaSource source;

    /** The health of the database behind {@code dataSource}, against the code that {@code source} finds. */
    public StoriumHealthIndicator(DataSource dataSource, StoriumConfig config, SchemaSource source) {
        super("Storium check failed");
        this.dataSource = dataSource;
        this.config = config;
        this.source = source;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CheckResult checked = Storium.check(dataSource, config, source, CheckOptions.DEFAULTS);
        List<Map<String, String>> findings = checked.findings().stream()
                .map(StoriumHealthIndicator::describe)
                .toList();
        if (checked.success()) {
            builder.up();
        } else {
            builder.down();
            if (findings.isEmpty() && checked.error() != null) {
                builder.withDetail("error", checked.error().getMessage());
            }
        }
        builder.withDetail("findings", findings);
        if (!checked.warnings().isEmpty()) {
            builder.withDetail("warnings", checked.warnings());
        }
    }

    private static Map<String, String> describe(Finding finding) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("section", finding.section().title());
        detail.put("subject", finding.subject());
        detail.put("fact", finding.fact());
        detail.put("fix", finding.fix());
        return detail;
    }
}
