package dev.storium.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Looks up the {@code <server>} that {@code serverId} names in the settings of the build (the user's
 * {@code settings.xml}, or the file {@code mvn -s} names), with its password decrypted.
 */
final class SettingsServer {
    private SettingsServer() {}

    /**
     * The server of that id with a plain-text password; fails naming the id and {@code userSettings}, the settings file
     * of this build, when there is none or it cannot be decrypted.
     */
    static Server decrypted(Settings settings, SettingsDecrypter decrypter, String id, File userSettings)
            throws MojoFailureException {
        Server server = settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("serverId '" + id + "' names no <server> in the settings of this build ("
                    + userSettings + "): add <server><id>" + id + "</id><username>...</username><password>..."
                    + "</password></server> to " + userSettings + ", or correct storium.serverId.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("The password of server '" + id + "' in " + userSettings
                        + " could not be"
                        + " decrypted: " + problem.getMessage() + ". Check ~/.m2/settings-security.xml, or store"
                        + " the password again with mvn --encrypt-password.");
            }
        }
        return result.getServer();
    }
}
