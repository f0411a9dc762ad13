package dev.storium.bench;

import dev.storium.config.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code pom.xml} of each benchmark project: what a user of Storium or of Flyway would write. */
final class Poms {
    static final String FLYWAY_VERSION = System.getProperty("flyway.version", "13.12.0");
    private static final String POSTGRESQL_DRIVER = "org.postgresql:postgresql:42.7.14";
    private static final String MYSQL_DRIVER = "com.mysql:mysql-connector-j:9.5.0";
    private static final String SQLITE_DRIVER = "org.xerial:sqlite-jdbc:3.54.1.0";

    private Poms() {}

    /** A project whose plugin section migrates with Storium; the database URL comes with -Dstorium.url. */
    static void storiumMigrate(Path project, Dialect dialect, String version) throws IOException {
        write(
                project,
                "storium-migrate",
                "pom",
                "",
                plugin(
                        "dev.storium",
                        "storium-maven-plugin",
                        version,
                        "<configuration><dialect>" + dialect.key() + "</dialect></configuration>",
                        ""));
    }

    /** A project whose plugin section migrates with Flyway from ./migrations; the URL comes with -Dflyway.url. */
    static void flywayMigrate(Path project) throws IOException {
        String dependencies = "<dependencies>"
                + dependency("org.flywaydb:flyway-core:" + FLYWAY_VERSION)
                + dependency("org.flywaydb:flyway-database-postgresql:" + FLYWAY_VERSION)
                + dependency("org.flywaydb:flyway-mysql:" + FLYWAY_VERSION)
                + dependency(POSTGRESQL_DRIVER) + dependency(MYSQL_DRIVER) + dependency(SQLITE_DRIVER)
                + "</dependencies>";
        write(
                project,
                "flyway-migrate",
                "pom",
                "",
                plugin(
                        "org.flywaydb",
                        "flyway-maven-plugin",
                        FLYWAY_VERSION,
                        "<configuration><locations><location>filesystem:migrations</location></locations></configuration>",
                        dependencies));
    }

    /** A jar project with table classes in src/main/java and the Storium plugin for {@code dialect}. */
    static void storiumProject(Path project, Dialect dialect, String version) throws IOException {
        String dependencies =
                "<dependencies>" + dependency("dev.storium:storium-engine:" + version) + "</dependencies>";
        String plugins = plugin("org.apache.maven.plugins", "maven-resources-plugin", "3.3.1", "", "")
                + plugin("org.apache.maven.plugins", "maven-compiler-plugin", "3.14.1", "", "")
                + plugin(
                        "dev.storium",
                        "storium-maven-plugin",
                        version,
                        "<configuration><dialect>" + dialect.key() + "</dialect></configuration>",
                        "");
        write(project, "storium-schema", "jar", dependencies, plugins);
    }

    private static void write(Path project, String artifactId, String packaging, String dependencies, String plugins)
            throws IOException {
        Files.createDirectories(project);
        Files.writeString(
                project.resolve("pom.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                        + "  <modelVersion>4.0.0</modelVersion>\n"
                        + "  <groupId>dev.storium.bench</groupId><artifactId>" + artifactId + "</artifactId>"
                        + "<version>1.0</version><packaging>" + packaging + "</packaging>\n"
                        + "  <properties><maven.compiler.release>17</maven.compiler.release>"
                        + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n"
                        + "  " + dependencies + "\n"
                        + "  <build><plugins>" + plugins + "</plugins></build>\n"
                        + "</project>\n");
    }

    private static String plugin(String groupId, String artifactId, String version, String config, String deps) {
        return "<plugin><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>"
                + version + "</version>" + config + deps + "</plugin>";
    }

    private static String dependency(String coordinates) {
        String[] gav = coordinates.split(":");
        return "<dependency><groupId>" + gav[0] + "</groupId><artifactId>" + gav[1] + "</artifactId><version>" + gav[2]
                + "</version></dependency>";
    }
}
