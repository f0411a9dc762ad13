package dev.storium.maven;

import dev.storium.config.Dialect;
import dev.storium.config.Redaction;
import dev.storium.config.StoriumConfig;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that connects to the database: the credentials ({@code user}, {@code password}, or the {@code serverId} of a
 * server in settings.xml), and a log line naming the database and the user before it runs.
 */
abstract class DatabaseMojo extends AbstractStoriumMojo {
    /**
     * The database user. {@code -Dstorium.user} outranks the pom, the pom outranks the config file; a user inside the
     * URL of the same place is an error. Unset everywhere: the driver's default (PostgreSQL: the operating-system
     * user).
     */
    @Parameter(property = "storium.user")
    private String user;

    /**
     * The database password, at the precedence of {@code user}; shown as {@code ****}, in {@code mvn -X} too. Written
     * in the pom it is warned about: prefer {@code serverId}, or {@code ${env.DB_PASSWORD}} in the config file.
     */
    @Parameter(property = "storium.password")
    private MaskedPassword password;

    /**
     * The id of a {@code <server>} in the settings of the build (the user's {@code settings.xml} or the file
     * {@code mvn -s} names, and the global settings) whose username and password are the database credentials;
     * encrypted passwords are decrypted. No default: unset, no server is read. Not together with {@code user} or
     * {@code password} in the pom.
     */
    @Parameter(property = "storium.serverId")
    private String serverId;

    /** Decrypts server passwords of settings.xml. */
    @Component
    private SettingsDecrypter settingsDecrypter;

    DatabaseMojo(String goal, Reporting reporting) {
        super(goal, reporting);
    }

    @Override
    void addValues(Map<String, Object> values) throws MojoFailureException {
        String pomUser = givenAsProperty("storium.user") ? null : blankToNull(user);
        String pomPassword =
                givenAsProperty("storium.password") || password == null ? null : blankToNull(password.value());
        if (serverId != null && !serverId.isBlank()) {
            if (pomUser != null || pomPassword != null) {
                throw new MojoFailureException("The database credentials are given twice in the plugin configuration:"
                        + " <serverId>" + serverId + "</serverId> and <" + (pomUser != null ? "user" : "password")
                        + ">. Keep <serverId> (the credentials of settings.xml), or remove it and keep <user> and"
                        + " <password>.");
            }
            File userFile = session().getRequest().getUserSettingsFile();
            SettingsServer settings = new SettingsServer(
                    userFile != null ? userFile : new File(System.getProperty("user.home"), ".m2/settings.xml"),
                    session().getRequest().getGlobalSettingsFile());
            Server server = settings.decrypted(session().getSettings(), settingsDecrypter, serverId);
            putIfSet(values, "dbCredentials.user", server.getUsername());
            putIfSet(values, "dbCredentials.password", server.getPassword());
            getLog().info("Using the database credentials of server '" + serverId + "' from " + settings.file(server)
                    + " (user "
                    + (server.getUsername() == null ? "not set" : server.getUsername()) + ")");
            return;
        }
        putIfSet(values, "dbCredentials.user", pomUser);
        putIfSet(values, "dbCredentials.password", pomPassword);
        if (pomPassword != null) {
            warnAboutPassword("in the <password> of the plugin configuration");
        }
    }

    @Override
    void beforeRun(StoriumConfig config) {
        if (config.url() == null) {
            return;
        }
        String who = config.dialect() == Dialect.SQLITE
                ? ""
                : config.user() != null
                        ? ", user " + config.user()
                        : ", user not configured (the driver's default: the operating-system user for PostgreSQL)";
        getLog().info("Database: " + Redaction.url(config.url()) + who);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
