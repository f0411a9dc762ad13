package dev.storium.cluster;

import static dev.storium.schema.ColumnType.INTEGER;
import static dev.storium.schema.ColumnType.VARCHAR;
import static dev.storium.schema.Schema.column;
import static dev.storium.schema.Schema.defineTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storium.Storium;
import dev.storium.config.Dialect;
import dev.storium.config.StoriumConfig;
import dev.storium.error.ErrorCode;
import dev.storium.options.GenerateOptions;
import dev.storium.options.MigrateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.MigrateResult;
import dev.storium.schema.TableDef;
import dev.storium.testing.GaleraCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrate through a node of the Galera test cluster that cannot serve it: desynced, cut off from the primary
 * component, or refusing a table without a primary key; each is refused with what it means and the fix, and the node
 * is put back as it was. Generate warns about such a table on MySQL (issue 16, "clear errors").
 */
class GaleraStatesTest {
    private static final int NODE = 2;
    private static final TableDef KEYED =
            defineTable("keyed").columns(column("id", INTEGER).primaryKey()).timestamps(false);
    private static final TableDef UNKEYED = defineTable("audit_note")
            .columns(column("note", VARCHAR).maxLength(100))
            .timestamps(false);

    @TempDir
    Path project;

    GaleraCluster cluster;
    StoriumConfig config;

    @BeforeEach
    void fresh() throws Exception {
        cluster = GaleraCluster.fresh("states");
        config = new StoriumConfig(
                Dialect.MYSQL,
                cluster.url(NODE),
                null,
                null,
                List.of(),
                List.of(),
                Files.createDirectory(project.resolve("migrations")),
                List.of(),
                Map.of(),
                null,
                project,
                null);
        assertThat(Storium.generate(config, List.of(KEYED), GenerateOptions.DEFAULTS)
                        .success())
                .isTrue();
    }

    @AfterEach
    void drop() {
        cluster.close();
    }

    @Test
    void aDesyncedNodeIsRefusedAndSaysSo() throws Exception {
        node("SET GLOBAL wsrep_desync = ON");
        try {
            MigrateResult refused = Storium.migrate(config, MigrateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.error().code()).isEqualTo(ErrorCode.DATABASE);
            assertThat(refused.message())
                    .startsWith("Cannot migrate ")
                    .contains(": this Galera node is Donor/Desynced, not Synced (wsrep_local_state_comment): it is"
                            + " desynced from the cluster")
                    .endsWith("Nothing was changed. Fix: wait until SHOW STATUS LIKE 'wsrep_local_state_comment'"
                            + " says Synced on it, or point the URL at a Synced node, then run again.");
        } finally {
            node("SET GLOBAL wsrep_desync = OFF");
            awaitSynced();
        }
        assertThat(Storium.migrate(config, MigrateOptions.DEFAULTS).success()).isTrue();
    }

    @Test
    void aNodeOutsideThePrimaryComponentIsRefusedAndSaysSo() throws Exception {
        node("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=1'");
        try {
            awaitStatus("wsrep_cluster_status", "non-Primary");
            MigrateResult refused = Storium.migrate(config, MigrateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.message())
                    .contains(": this Galera node is not part of the cluster's primary component"
                            + " (wsrep_cluster_status = non-Primary, wsrep_ready = OFF): it has lost contact with the"
                            + " majority of the nodes, and refuses every statement (ERROR 1047 WSREP has not yet"
                            + " prepared node for application use). Nothing was changed. Fix: point the URL at a node"
                            + " of the primary component")
                    .doesNotContain("permission");
        } finally {
            node("SET GLOBAL wsrep_provider_options = 'gmcast.isolate=0'");
            awaitSynced();
        }
    }

    @Test
    void aTableWithoutPrimaryKeyIsWarnedAtGenerateAndExplainedWhereTheClusterRefusesIt() throws Exception {
        GenerateResult generated = Storium.generate(config, List.of(KEYED, UNKEYED), GenerateOptions.DEFAULTS);
        assertThat(generated.warnings())
                .containsExactly("No primary key on audit_note: on a Galera cluster (MariaDB Galera, Percona XtraDB"
                        + " Cluster) every row change of such a table is certified by whole rows and applied by scans"
                        + " on every node, and a cluster with wsrep_mode=REQUIRED_PRIMARY_KEY or"
                        + " innodb_force_primary_key refuses the table. Fix: give it a primary key (.primaryKey(...)"
                        + " in its definition) and generate again, unless it never runs on a cluster.");
        node("SET GLOBAL wsrep_mode = 'REQUIRED_PRIMARY_KEY'");
        try {
            MigrateResult refused = Storium.migrate(config, MigrateOptions.DEFAULTS);
            assertThat(refused.success()).isFalse();
            assertThat(refused.message())
                    .contains("Galera replication not supported")
                    .contains("On a Galera cluster this means the cluster refuses to replicate the table: it has no"
                            + " primary key while wsrep_mode has REQUIRED_PRIMARY_KEY");
        } finally {
            node("SET GLOBAL wsrep_mode = ''");
        }
    }

    @Test
    void generateWarnsAboutAMissingPrimaryKeyOnlyForMysql() throws Exception {
        StoriumConfig postgres = new StoriumConfig(
                Dialect.POSTGRESQL,
                "jdbc:postgresql://127.0.0.1:5432/unused",
                null,
                null,
                List.of(),
                List.of(),
                Files.createDirectory(project.resolve("pg")),
                List.of(),
                Map.of(),
                null,
                project,
                null);
        assertThat(Storium.generate(postgres, List.of(UNKEYED), GenerateOptions.DEFAULTS)
                        .warnings())
                .isEmpty();
    }

    private void node(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(GaleraCluster.server(NODE));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String status(String variable) throws SQLException {
        try (Connection connection = DriverManager.getConnection(GaleraCluster.server(NODE));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW STATUS LIKE '" + variable + "'")) {
            return rows.next() ? rows.getString(2) : null;
        }
    }

    private static void awaitStatus(String variable, String value) throws Exception {
        for (int i = 0; i < 300 && !value.equals(status(variable)); i++) {
            Thread.sleep(100);
        }
        assertThat(status(variable)).as(variable).isEqualTo(value);
    }

    private static void awaitSynced() throws Exception {
        awaitStatus("wsrep_local_state_comment", "Synced");
        awaitStatus("wsrep_cluster_size", "3");
        GaleraCluster.requireSynced();
    }
}
