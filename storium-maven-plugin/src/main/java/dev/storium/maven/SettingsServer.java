package dev.storium.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.TrackableBase;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Looks up the {@code <server>} that {@code serverId} names in the settings Maven built for this build (the user's
 * {@code settings.xml} or the file {@code mvn -s} names, merged over the global settings of {@code mvn -gs} or
 * {@code conf/settings.xml}), with its password decrypted.
 *
 * @param userFile the user settings file of the build
 * @param globalFile the global settings file of the build, or null
 */
record SettingsServer(File userFile, File globalFile) {

    /**
     * The server of that id with a plain-text password; fails naming the id and the settings files of this build when
     * there is none, or the file that holds it when it cannot be decrypted.
     */
    Server decrypted(Settings settings, SettingsDecrypter decrypter, String id) throws MojoFailureException {
        Server server = settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("serverId '" + id + "' names no <server> in the settings of this build ("
                    + userFile + (globalFile == null ? "" : ", over " + globalFile) + "): add <server><id>" + id
                    + "</id><username>...</username><password>...</password></server> to " + userFile
                    + ", or correct storium.serverId.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("The password of server '" + id + "' in " + file(server)
                        + " could not be decrypted: " + problem.getMessage() + ". Check ~/.m2/settings-security.xml,"
                        + " or store the password again with mvn --encrypt-password.");
            }
        }
        return result.getServer();
    }

    /** The settings file that holds {@code server}: the global one for a server only the global settings declare. */
    File file(Server server) {
        return TrackableBase.GLOBAL_LEVEL.equals(server.getSourceLevel()) && globalFile != null ? globalFile : userFile;
    }
}
