package dev.storium.maven;

import dev.storium.config.ConfigLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Refuses a name in the plugin's {@code <configuration>} that no goal of the plugin has, which Maven would ignore
 * without a word. The plugin-level configuration applies to every goal, so a parameter of another goal is fine there.
 */
final class UnknownParameters {
    /** Keys of the config file that are not plugin parameters: they belong in storium.config.yaml. */
    private static final Set<String> CONFIG_FILE_ONLY =
            Set.of("stores", "seeds", "pool", "migrationsTable", "assertions");

    private UnknownParameters() {}

    /** Fails naming each configured name that no goal has, with the closest parameter when one is close. */
    static void check(MavenProject project, MojoExecution execution) throws MojoFailureException {
        PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
        Set<String> known = new TreeSet<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            for (Parameter parameter : mojo.getParameters()) {
                if (parameter.isEditable()) {
                    known.add(parameter.getName());
                    if (parameter.getAlias() != null) {
                        known.add(parameter.getAlias());
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String name : configured(project, plugin.getPluginLookupKey(), execution.getExecutionId())) {
            if (!known.contains(name)) {
                lines.add(explain(name, known, plugin.getArtifactId()));
            }
        }
        if (!lines.isEmpty()) {
            throw new MojoFailureException(String.join("\n", lines)
                    + "\nNo goal of the plugin reads " + (lines.size() == 1 ? "it" : "them")
                    + ", so Maven would ignore " + (lines.size() == 1 ? "it" : "them") + ". The parameters are: "
                    + String.join(", ", known) + " (mvn storium:help -Ddetail describes each).");
        }
    }

    private static String explain(String name, Set<String> known, String artifactId) {
        String unknown = "Unknown parameter '" + name + "' in the configuration of " + artifactId;
        if (name.equals("dbCredentials")) {
            return unknown + ": the plugin takes the credentials as <user> and <password> (or <serverId>, a server of"
                    + " settings.xml) and the database as <url>, directly in <configuration>; dbCredentials is a group"
                    + " of the config file (storium.config.yaml). Write <user>...</user> instead of"
                    + " <dbCredentials><user>...</user></dbCredentials>.";
        }
        if (CONFIG_FILE_ONLY.contains(name)) {
            return unknown + ": '" + name + "' is a key of the config file, not a plugin parameter. Move it to"
                    + " storium.config.yaml (or -Dstorium." + name + ").";
        }
        return unknown
                + ConfigLoader.closest(name, List.copyOf(known))
                        .map(close -> "; did you mean '" + close + "'?")
                        .orElse(".")
                + " Rename or remove <" + name + ">.";
    }

    /** The names set in the plugin's configuration and in the configuration of this execution, in pom order. */
    private static Set<String> configured(MavenProject project, String pluginKey, String executionId) {
        Set<String> names = new LinkedHashSet<>();
        List<Plugin> declared = new ArrayList<>();
        declared.add(project.getPlugin(pluginKey));
        if (project.getPluginManagement() != null) {
            declared.add(project.getPluginManagement().getPluginsAsMap().get(pluginKey));
        }
        for (Plugin plugin : declared) {
            if (plugin == null) {
                continue;
            }
            addChildren(names, plugin.getConfiguration());
            PluginExecution own = plugin.getExecutionsAsMap().get(executionId);
            if (own != null) {
                addChildren(names, own.getConfiguration());
            }
        }
        return names;
    }

    private static void addChildren(Set<String> names, Object configuration) {
        if (configuration instanceof Xpp3Dom) {
            for (Xpp3Dom child : ((Xpp3Dom) configuration).getChildren()) {
                names.add(child.getName());
            }
        }
    }
}
