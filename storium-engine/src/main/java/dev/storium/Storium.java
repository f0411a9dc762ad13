package dev.storium;

import dev.storium.config.ConfigLoader;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import dev.storium.internal.adopt.Adoption;
import dev.storium.internal.check.Check;
import dev.storium.internal.check.StatusReport;
import dev.storium.internal.diagram.Diagram;
import dev.storium.internal.jdbc.ApplicationDataSource;
import dev.storium.internal.jdbc.Connections;
import dev.storium.internal.jdbc.JooqLogging;
import dev.storium.internal.migrate.Baseline;
import dev.storium.internal.migrate.Migrate;
import dev.storium.internal.migrate.Repair;
import dev.storium.internal.migration.Generate;
import dev.storium.internal.migration.Rebase;
import dev.storium.internal.migration.Rehash;
import dev.storium.internal.pull.Pull;
import dev.storium.internal.push.Push;
import dev.storium.internal.scan.SchemaScan;
import dev.storium.internal.seed.SeedRun;
import dev.storium.options.AdoptOptions;
import dev.storium.options.CheckOptions;
import dev.storium.options.DiagramOptions;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.options.PullOptions;
import dev.storium.options.PushOptions;
import dev.storium.options.RebaseOptions;
import dev.storium.options.RepairOptions;
import dev.storium.options.SchemaSource;
import dev.storium.options.StatusOptions;
import dev.storium.result.AdoptResult;
import dev.storium.result.BaselineResult;
import dev.storium.result.CheckResult;
import dev.storium.result.DiagramResult;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.result.PullResult;
import dev.storium.result.PushResult;
import dev.storium.result.RebaseResult;
import dev.storium.result.RehashResult;
import dev.storium.result.RepairResult;
import dev.storium.result.SeedResult;
import dev.storium.result.StatusResult;
import dev.storium.schema.SchemaDefinition;
import dev.storium.schema.TableDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The facade: one static method per goal. Each returns a result whose {@code success} is false, with the exception and
 * its message, when Storium refuses (a {@link StoriumException}); other exceptions are bugs and propagate.
 */
public final class Storium {
    static {
        JooqLogging.quiet(); // before any goal renders a query through jOOQ
    }

    private Storium() {}

    /**
     * Connects to the configured database: a HikariCP pool sized by {@code pool.min} / {@code pool.max}, jOOQ's
     * context, live stores and transactions. Throws {@link StoriumException} ({@link dev.storium.error.ErrorCode#CONFIG} when no database
     * or a broken assertion class is configured, {@link dev.storium.error.ErrorCode#DATABASE} when the database cannot be reached; the
     * message never shows the password). Close the instance when done.
     */
    public static StoriumInstance connect(StoriumConfig config) {
        return StoriumInstance.open(bound(config));
    }

    /**
     * The runtime on the application's own pool: stores, transactions and seeds take their connections from {@code
     * dataSource} and hand them back; {@link StoriumInstance#close()} leaves it open, as it was given. The dialect is
     * the configuration's, and must be the database's ({@link ErrorCode#CONFIG} otherwise); {@code url}, user, password
     * and {@code pool} of the configuration are not used: the DataSource wins. Messages name the database by the URL
     * its metadata reports, without a password. A product other than PostgreSQL, MySQL, MariaDB, SQLite and H2 is
     * refused with {@link ErrorCode#CONFIG}; a DataSource that gives no connection with {@link ErrorCode#DATABASE}.
     */
    public static StoriumInstance connect(DataSource dataSource, StoriumConfig config) {
        return StoriumInstance.open(ApplicationDataSource.bind(dataSource, config));
    }

    /**
     * As {@link #connect(DataSource, StoriumConfig)} with the working directory's configuration ({@link #loadConfig()}),
     * whose dialect, when no source sets one, is read from the DataSource's metadata.
     */
    public static StoriumInstance connect(DataSource dataSource) {
        return connect(dataSource, loadConfig(dataSource));
    }

    /** Diffs the code against the last snapshot and writes the next migration; needs no database. */
    public static GenerateResult generate(StoriumConfig config, SchemaSource source, GenerateOptions options) {
        try {
            return Generate.run(config, source, options == null ? GenerateOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return GenerateResult.failed(e);
        }
    }

    /**
     * Diffs the given table definitions against the last snapshot and writes the next migration; for applications
     * and tests that hold their definitions already (see {@link #collectSchemas}).
     */
    public static GenerateResult generate(StoriumConfig config, Collection<TableDef> tables, GenerateOptions options) {
        try {
            return Generate.run(config, tables, options == null ? GenerateOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return GenerateResult.failed(e);
        }
    }

    /**
     * Diffs the given table and view definitions against the last snapshot and writes the next migration; for
     * applications and tests that hold their definitions already.
     */
    public static GenerateResult generate(StoriumConfig config, SchemaDefinition schema, GenerateOptions options) {
        try {
            return Generate.run(config, schema, options == null ? GenerateOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return GenerateResult.failed(e);
        }
    }

    /**
     * Reports the migrations directory, the schema classes and whether the code has ungenerated changes; with a
     * database configured, also where each migration stands in it (read only). See {@link StatusResult#toJson()}.
     */
    public static StatusResult status(StoriumConfig config, SchemaSource source) {
        return status(config, source, StatusOptions.DEFAULTS);
    }

    /**
     * The status, as {@link #status(StoriumConfig, SchemaSource)}, also written in the options' format to their output
     * file when one is set; a file that cannot be written fails the status.
     */
    public static StatusResult status(StoriumConfig config, SchemaSource source, StatusOptions options) {
        try {
            return StatusReport.run(bound(config), source, options == null ? StatusOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return StatusResult.failed(
                    config.dialect().key(), config.hasDatabase() ? Connections.describe(config) : null, e);
        }
    }

    /**
     * Fails when the code has schema changes no migration holds, the migrations directory is inconsistent, or a
     * configured database has pending, failed, edited or missing migrations or drifted from the applied migrations;
     * each {@link dev.storium.result.Finding} with its fix. Destructive pending statements are warnings unless
     * {@link CheckOptions#failOnDestructive()}. Reads only: takes no lock and creates nothing.
     */
    public static CheckResult check(StoriumConfig config, SchemaSource source, CheckOptions options) {
        try {
            return Check.run(bound(config), source, options == null ? CheckOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return CheckResult.failed(e);
        }
    }

    /**
     * As {@link #check(StoriumConfig, SchemaSource, CheckOptions)} on the application's pool, reading only; its
     * connection goes back to {@code dataSource}, which is never closed. The dialect is checked as
     * {@link #connect(DataSource, StoriumConfig)} does.
     */
    public static CheckResult check(
            DataSource dataSource, StoriumConfig config, SchemaSource source, CheckOptions options) {
        try {
            return Check.run(
                    ApplicationDataSource.bind(dataSource, config),
                    source,
                    options == null ? CheckOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return CheckResult.failed(e);
        }
    }

    /**
     * As {@link #status(StoriumConfig, SchemaSource, StatusOptions)} on the application's pool, reading only; its
     * connection goes back to {@code dataSource}, which is never closed. The dialect is checked as
     * {@link #connect(DataSource, StoriumConfig)} does.
     */
    public static StatusResult status(
            DataSource dataSource, StoriumConfig config, SchemaSource source, StatusOptions options) {
        StoriumConfig bound;
        try {
            bound = ApplicationDataSource.bind(dataSource, config);
        } catch (StoriumException e) {
            return StatusResult.failed(config.dialect().key(), "the application's DataSource", e);
        }
        return status(bound, source, options);
    }

    /**
     * Rewrites the migrations directory's sum file, {@code meta/storium.sum}, from the migration files on disk, after
     * a deliberate edit of a migration has been reviewed; needs no database. Reports the lines it added, updated or
     * removed, or that the file was current.
     */
    public static RehashResult rehash(StoriumConfig config) {
        try {
            return Rehash.run(config);
        } catch (StoriumException e) {
            return RehashResult.failed(e);
        }
    }

    /** Applies the pending migration files under a lock, after validating them against the history table. */
    public static MigrateResult migrate(StoriumConfig config, MigrateOptions options) {
        try {
            return Migrate.run(bound(config), options == null ? MigrateOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return MigrateResult.failed(e);
        }
    }

    /**
     * As {@link #migrate(StoriumConfig, MigrateOptions)} on the application's pool: every connection, the lock's too,
     * comes from {@code dataSource} and goes back to it; the DataSource is never closed. A migrate holds two
     * connections at once (the run's and the lock's, one on SQLite), so the pool needs at least two. The dialect is
     * checked as {@link #connect(DataSource, StoriumConfig)} does.
     */
    public static MigrateResult migrate(DataSource dataSource, StoriumConfig config, MigrateOptions options) {
        try {
            return Migrate.run(
                    ApplicationDataSource.bind(dataSource, config),
                    options == null ? MigrateOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return MigrateResult.failed(e);
        }
    }

    /** Clears failed migrations from the history table and re-aligns hashes of deliberately edited files. */
    public static RepairResult repair(StoriumConfig config) {
        return repair(config, RepairOptions.DEFAULTS, MigrateOptions.DEFAULT_LOCK_WAIT);
    }

    /** As {@link #repair(StoriumConfig)}, waiting at most {@code lockWait} for another process's migration lock. */
    public static RepairResult repair(StoriumConfig config, Duration lockWait) {
        return repair(config, RepairOptions.DEFAULTS, lockWait);
    }

    /**
     * Like {@link #repair(StoriumConfig)}, and settles files a run left unfinished as the user says: recorded as
     * applied (finished by hand) or removed from the history (undone by hand).
     */
    public static RepairResult repair(StoriumConfig config, RepairOptions options) {
        return repair(config, options, MigrateOptions.DEFAULT_LOCK_WAIT);
    }

    /** As {@link #repair(StoriumConfig, RepairOptions)}, waiting at most {@code lockWait} for the migration lock. */
    public static RepairResult repair(StoriumConfig config, RepairOptions options, Duration lockWait) {
        try {
            return Repair.run(config, options == null ? RepairOptions.DEFAULTS : options, lockWait);
        } catch (StoriumException e) {
            return RepairResult.failed(e);
        }
    }

    /** Marks the migration files up to {@code target} (a tag or its number) as applied on an existing database. */
    public static BaselineResult baseline(StoriumConfig config, String target) {
        return baseline(config, target, MigrateOptions.DEFAULT_LOCK_WAIT);
    }

    /**
     * As {@link #baseline(StoriumConfig, String)}, waiting at most {@code lockWait} for another process's migration
     * lock.
     */
    public static BaselineResult baseline(StoriumConfig config, String target, Duration lockWait) {
        try {
            return Baseline.run(config, target, lockWait);
        } catch (StoriumException e) {
            return BaselineResult.failed(e);
        }
    }

    /**
     * Takes over a database that drizzle-orm's migrator migrated: verifies each file its {@code __drizzle_migrations}
     * table recorded against the recorded hash, converts the drizzle-kit folder into Storium's migrations directory
     * and records the applied files in Storium's history; the drizzle table is left as it was. Safe to run again.
     */
    public static AdoptResult adopt(StoriumConfig config, AdoptOptions options) {
        try {
            return Adoption.run(config, options == null ? AdoptOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return AdoptResult.failed(e);
        }
    }

    /**
     * Repairs a git merge of two branches that each generated migrations: renumbers this branch's migrations after the
     * merged ones and rebuilds their snapshots, the journal and the sum file; refuses migrations that the configured
     * database (if any) has applied, and schema items both branches changed.
     */
    public static RebaseResult rebase(StoriumConfig config, RebaseOptions options) {
        try {
            return Rebase.run(config, options == null ? RebaseOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return RebaseResult.failed(e);
        }
    }

    /**
     * Reads the configured database and writes its schema as a Java class of the DSL, with the baseline migration
     * {@code 0000} that creates it; see docs/pull.md.
     */
    public static PullResult pull(StoriumConfig config, PullOptions options) {
        try {
            return Pull.run(config, options);
        } catch (StoriumException e) {
            return PullResult.failed(e);
        }
    }

    /** Diffs the live database against the code and applies the statements directly, without migration files. */
    public static PushResult push(StoriumConfig config, SchemaSource source, PushOptions options) {
        try {
            return Push.run(config, source, options == null ? PushOptions.DEFAULTS : options);
        } catch (StoriumException e) {
            return PushResult.failed(e);
        }
    }

    /**
     * Runs the seeds listed in {@code META-INF/services/dev.storium.seed.Seed} of the source's class loader, narrowed
     * by the instance's {@code seeds} patterns, in name order, each in its own transaction; first registers the stores
     * of the classes matching {@code stores} and CRUD-only stores for the other tables. The first failure stops the
     * run; no seeds is a success with count 0.
     */
    public static SeedResult seed(StoriumInstance instance, SchemaSource source) {
        try {
            return SeedRun.run(SeedTargets.of(instance), source);
        } catch (StoriumException e) {
            return SeedResult.failed(e);
        }
    }

    /**
     * Draws the code's tables (or, with {@link DiagramOptions#fromDatabase()}, the configured database's) as a Mermaid
     * {@code erDiagram} into {@link DiagramOptions#file()}: columns with their types and keys, one relationship per
     * foreign key. Reads only; a file that storium:diagram did not write is left untouched unless forced.
     */
    public static DiagramResult diagram(StoriumConfig config, SchemaSource source, DiagramOptions options) {
        try {
            return Diagram.run(config, source, options);
        } catch (StoriumException e) {
            return DiagramResult.failed(e);
        }
    }

    /** The table definitions found in the source, by table name; fails on two definitions of one table. */
    public static Map<String, TableDef> collectSchemas(StoriumConfig config, SchemaSource source) {
        return SchemaScan.collect(config.schema(), source).tables();
    }

    /**
     * The configuration of the working directory: {@code -Dstorium.*} system properties, then the config file
     * ({@code STORIUM_CONFIG}, else {@code storium.config.yaml} and its siblings; see docs/configuration.md), then
     * defaults. The Maven plugin's pom configuration is the build's alone: an application never sees it.
     */
    public static StoriumConfig loadConfig() {
        return ConfigLoader.loadForApplication(
                Path.of("").toAbsolutePath(), toStringMap(System.getProperties()), System.getenv(), null);
    }

    /**
     * As {@link #loadConfig()}, with the dialect of the DataSource's database (read from its metadata) when no source
     * sets one.
     */
    public static StoriumConfig loadConfig(DataSource dataSource) {
        Dialect dialect = ApplicationDataSource.dialect(ApplicationDataSource.describe(dataSource));
        return ConfigLoader.loadForApplication(
                Path.of("").toAbsolutePath(), toStringMap(System.getProperties()), System.getenv(), dialect);
    }

    /** The configuration as given, or checked against and bound to the DataSource it carries. */
    private static StoriumConfig bound(StoriumConfig config) {
        return config.dataSource() == null || config.url() != null
                ? config
                : ApplicationDataSource.bind(config.dataSource(), config);
    }

    private static Map<String, String> toStringMap(java.util.Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
