package dev.storium.spring.actuate;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.SchemaSource;
import dev.storium.options.StatusOptions;
import dev.storium.result.MigrationStatus;
import dev.storium.result.StatusResult;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code storium}: the migrations and where each stands in the application's database, as
 * {@code storium:status} lists them.
 */
@Endpoint(id = "storium")
public final class StoriumEndpoint {
    private final DataSource dataSource;
    private final StoriumConfig config;
    private final SchemaSource source;

    /** The endpoint on the database behind {@code dataSource}. */
    public StoriumEndpoint(DataSource dataSource, StoriumConfig config, SchemaSource source) {
        this.dataSource = dataSource;
        this.config = config;
        this.source = source;
    }

    /** The status; a database that cannot be read is an error with Storium's message. */
    @ReadOperation
    public Report status() {
        StatusResult status = Storium.status(dataSource, config, source, StatusOptions.DEFAULTS);
        if (!status.success()) {
            throw status.error();
        }
        return new Report(
                status.database(),
                status.dialect(),
                status.directory(),
                status.history().stream().map(Migration::of).toList(),
                status.pendingChanges(),
                status.changes());
    }

    /**
     * What the endpoint answers.
     *
     * @param database the database's URL without its password
     * @param dialect the dialect's key, such as {@code postgresql}
     * @param directory the migrations directory
     * @param migrations every migration and where it stands, in journal order, then the applied ones whose file is
     *     missing
     * @param pendingChanges true when the code has changes no migration holds yet
     * @param changes those changes, one line each
     */
    public record Report(
            String database,
            String dialect,
            String directory,
            List<Migration> migrations,
            boolean pendingChanges,
            List<String> changes) {}

    /**
     * One migration.
     *
     * @param tag such as {@code 0001_add_books}
     * @param state {@code applied}, {@code pending}, {@code out-of-order}, {@code failed}, {@code interrupted},
     *     {@code changed} or {@code missing}
     * @param appliedAt when it was applied (ISO-8601, UTC), or null when pending
     * @param executionMs how long its statements took, or null when pending
     * @param detail for a state that blocks migrate, the problem and its fix; else null
     */
    public record Migration(String tag, String state, String appliedAt, Long executionMs, String detail) {
        static Migration of(MigrationStatus status) {
            return new Migration(
                    status.tag(), status.state().label(), status.appliedAt(), status.executionMs(), status.detail());
        }
    }
}
