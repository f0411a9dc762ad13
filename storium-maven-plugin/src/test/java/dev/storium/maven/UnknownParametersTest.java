package dev.storium.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.DuplicateParameterException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** Names in the plugin configuration that no goal has; a plugin of two goals, generate and migrate. */
class UnknownParametersTest {
    private final PluginDescriptor plugin = plugin();

    @Test
    void aParameterOfAnyGoalIsFineInThePluginConfiguration() {
        MavenProject project = projectWith(configuration("dialect", "lockTimeout"), null);

        assertThatCode(() -> UnknownParameters.check(project, execution("generate", "default-cli")))
                .doesNotThrowAnyException();
    }

    @Test
    void aTypoIsRefusedWithTheClosestParameter() {
        MavenProject project = projectWith(configuration("dialcet"), null);

        assertThatThrownBy(() -> UnknownParameters.check(project, execution("generate", "default-cli")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Unknown parameter 'dialcet' in the configuration of storium-maven-plugin; did you mean"
                        + " 'dialect'? Rename or remove <dialcet>.\n"
                        + "No goal of the plugin reads it, so Maven would ignore it. The parameters are: dialect,"
                        + " lockTimeout, name, outOfOrder (mvn storium:help -Ddetail describes each).");
    }

    @Test
    void dbCredentialsAndConfigFileKeysAreRefusedNamingWhereTheyGo() {
        MavenProject project = projectWith(configuration("dbCredentials", "pool", "zzz"), null);

        assertThatThrownBy(() -> UnknownParameters.check(project, execution("generate", "default-cli")))
                .hasMessageContaining("Unknown parameter 'dbCredentials' in the configuration of storium-maven-plugin:"
                        + " the plugin takes the credentials as <user> and <password>")
                .hasMessageContaining("Unknown parameter 'pool' in the configuration of storium-maven-plugin: 'pool'"
                        + " is a key of the config file, not a plugin parameter. Move it to storium.config.yaml")
                .hasMessageContaining(
                        "Unknown parameter 'zzz' in the configuration of storium-maven-plugin. Rename or remove <zzz>.")
                .hasMessageContaining("No goal of the plugin reads them");
    }

    @Test
    void theConfigurationOfThisExecutionIsCheckedAndThatOfAnotherIsNot() {
        PluginExecution own = new PluginExecution();
        own.setId("migrate-db");
        own.setConfiguration(configuration("outOfOrdr"));
        MavenProject project = projectWith(configuration("dialect"), own);

        assertThatThrownBy(() -> UnknownParameters.check(project, execution("migrate", "migrate-db")))
                .hasMessageStartingWith("Unknown parameter 'outOfOrdr'");
        assertThatCode(() -> UnknownParameters.check(project, execution("generate", "default-cli")))
                .doesNotThrowAnyException();
    }

    private MojoExecution execution(String goal, String executionId) {
        return new MojoExecution(plugin.getMojo(goal), executionId);
    }

    private MavenProject projectWith(Xpp3Dom configuration, PluginExecution execution) {
        Plugin declared = new Plugin();
        declared.setGroupId("dev.storium");
        declared.setArtifactId("storium-maven-plugin");
        declared.setConfiguration(configuration);
        if (execution != null) {
            declared.addExecution(execution);
        }
        Model model = new Model();
        model.setBuild(new Build());
        model.getBuild().addPlugin(declared);
        return new MavenProject(model);
    }

    private static Xpp3Dom configuration(String... names) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        for (String name : names) {
            Xpp3Dom child = new Xpp3Dom(name);
            child.setValue("x");
            configuration.addChild(child);
        }
        return configuration;
    }

    private static PluginDescriptor plugin() {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.storium");
        plugin.setArtifactId("storium-maven-plugin");
        plugin.setGoalPrefix("storium");
        try {
            plugin.addMojo(mojo(plugin, "generate", List.of("dialect", "name")));
            plugin.addMojo(mojo(plugin, "migrate", List.of("dialect", "lockTimeout", "outOfOrder")));
        } catch (DuplicateParameterException | org.apache.maven.plugin.descriptor.DuplicateMojoDescriptorException e) {
            throw new IllegalStateException(e);
        }
        return plugin;
    }

    private static MojoDescriptor mojo(PluginDescriptor plugin, String goal, List<String> names)
            throws DuplicateParameterException {
        MojoDescriptor mojo = new MojoDescriptor();
        mojo.setGoal(goal);
        mojo.setPluginDescriptor(plugin);
        for (String name : names) {
            Parameter parameter = new Parameter();
            parameter.setName(name);
            parameter.setEditable(true);
            mojo.addParameter(parameter);
        }
        Parameter project = new Parameter();
        project.setName("project");
        project.setEditable(false);
        mojo.addParameter(project);
        return mojo;
    }
}
