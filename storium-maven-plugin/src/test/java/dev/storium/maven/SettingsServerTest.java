package dev.storium.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.TrackableBase;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class SettingsServerTest {
    private static final Settings SETTINGS = settingsWith("app-db", "app", "{encrypted}");
    /** The settings file of the build, as {@code mvn -s other.xml} names it. */
    private static final File OTHER = new File("/ci/other.xml");
    /** The global settings file of the build, as {@code mvn -gs global.xml} names it. */
    private static final File GLOBAL = new File("/ci/global.xml");

    private static final SettingsServer BUILD = new SettingsServer(OTHER, GLOBAL);

    @Test
    void returnsTheServerTheDecrypterDecrypted() throws MojoFailureException {
        Server server = BUILD.decrypted(SETTINGS, decrypting("plain-secret", List.of()), "app-db");

        assertThat(server.getUsername()).isEqualTo("app");
        assertThat(server.getPassword()).isEqualTo("plain-secret");
    }

    @Test
    void anUnknownIdIsAFailureNamingIt() {
        assertThatThrownBy(() -> BUILD.decrypted(SETTINGS, decrypting("x", List.of()), "prod-db"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("serverId 'prod-db' names no <server> in the settings of this build (" + OTHER + ", over "
                        + GLOBAL + "):"
                        + " add <server><id>prod-db</id><username>...</username><password>...</password></server> to "
                        + OTHER + ", or correct storium.serverId.");
    }

    @Test
    void aDecryptionErrorIsAFailureNamingTheServerButNotThePassword() {
        SettingsProblem problem = new DefaultSettingsProblem(
                "Failed to decrypt password for server app-db: master password missing",
                SettingsProblem.Severity.ERROR,
                "server: app-db",
                -1,
                -1,
                null);

        assertThatThrownBy(() -> BUILD.decrypted(SETTINGS, decrypting(null, List.of(problem)), "app-db"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("The password of server 'app-db' in " + OTHER + " could not be decrypted:")
                .hasMessageEndingWith("store the password again with mvn --encrypt-password.")
                .hasMessageNotContaining("{encrypted}");
    }

    @Test
    void aServerOfTheGlobalSettingsIsNamedWithTheGlobalFile() throws MojoFailureException {
        Settings settings = settingsWith("app-db", "app", "{encrypted}");
        settings.getServer("app-db").setSourceLevel(TrackableBase.GLOBAL_LEVEL);

        Server server = BUILD.decrypted(settings, decrypting("plain", List.of()), "app-db");

        assertThat(BUILD.file(server)).isEqualTo(GLOBAL);
        assertThat(BUILD.file(SETTINGS.getServer("app-db"))).isEqualTo(OTHER);
    }

    private static Settings settingsWith(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    /** A decrypter that answers with a copy of the server holding {@code plain}, and the given problems. */
    private static SettingsDecrypter decrypting(String plain, List<SettingsProblem> problems) {
        return request -> {
            Server copy = request.getServers().get(0).clone();
            copy.setPassword(plain);
            return new SettingsDecryptionResult() {
                @Override
                public Server getServer() {
                    return copy;
                }

                @Override
                public List<Server> getServers() {
                    return List.of(copy);
                }

                @Override
                public org.apache.maven.settings.Proxy getProxy() {
                    return null;
                }

                @Override
                public List<org.apache.maven.settings.Proxy> getProxies() {
                    return List.of();
                }

                @Override
                public List<SettingsProblem> getProblems() {
                    return problems;
                }
            };
        };
    }
}
