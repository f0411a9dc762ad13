package dev.storium.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated plugin descriptor: what {@code mvn storium:help -Ddetail} shows and which properties users can set. */
class PluginDescriptorTest {
    /** What every goal reads: the dialect, the URL that can decide it, the migrations directory, skip. */
    private static final List<String> SHARED = List.of("dialect", "url", "out", "skip");
    /** What the goals that connect read besides. */
    private static final List<String> DATABASE =
            List.of("dialect", "url", "out", "skip", "user", "password", "serverId");
    /** What the goals that connect and read table definitions read besides. */
    private static final List<String> SCHEMA_DATABASE =
            List.of("dialect", "url", "out", "skip", "user", "password", "serverId", "schema");

    private static Map<String, Element> mojos;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        assertThat(document.getDocumentElement()
                        .getElementsByTagName("goalPrefix")
                        .item(0)
                        .getTextContent())
                .isEqualTo("storium");
        mojos = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName("mojo");
        for (int i = 0; i < list.getLength(); i++) {
            Element mojo = (Element) list.item(i);
            mojos.put(child(mojo, "goal").getTextContent(), mojo);
        }
    }

    @Test
    void theGoalsAreTheCommandsAndHelp() {
        assertThat(mojos.keySet())
                .containsExactlyInAnyOrder(
                        "generate",
                        "status",
                        "migrate",
                        "repair",
                        "baseline",
                        "push",
                        "seed",
                        "rebase",
                        "rehash",
                        "check",
                        "adopt",
                        "pull",
                        "diagram",
                        "help");
    }

    @Test
    void generateHasTheSharedParametersAndItsOwnOptions() {
        List<String> expected = new ArrayList<>(SHARED);
        expected.addAll(List.of("schema", "name", "custom", "allowDataLoss"));
        assertThat(userParameters("generate")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void statusHasTheSharedParametersFormatAndOutputAndTheDiagramFile() {
        List<String> expected = new ArrayList<>(SCHEMA_DATABASE);
        expected.add("format");
        expected.add("output");
        expected.add("diagram");
        assertThat(userParameters("status")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(child(child(mojos.get("status"), "configuration"), "format").getAttribute("default-value"))
                .isEqualTo("text");
    }

    @Test
    void diagramCompilesFirstAndHasItsFileSourceAndForce() {
        List<String> expected = new ArrayList<>(SCHEMA_DATABASE);
        expected.add("diagram");
        expected.add("from");
        expected.add("force");
        assertThat(userParameters("diagram")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(child(child(mojos.get("diagram"), "configuration"), "diagram")
                        .getTextContent())
                .isEqualTo("${storium.diagram}");
        assertThat(child(child(mojos.get("status"), "configuration"), "diagram").getAttribute("default-value"))
                .isEqualTo(child(child(mojos.get("diagram"), "configuration"), "diagram")
                        .getAttribute("default-value"))
                .isEqualTo("${project.build.directory}/storium-schema.md");
    }

    @Test
    void checkIsBoundToVerifyReadsCompiledClassesWithoutForkingAndHasFailOnDestructive() {
        List<String> expected = new ArrayList<>(SCHEMA_DATABASE);
        expected.add("failOnDestructive");
        assertThat(userParameters("check")).containsExactlyInAnyOrderElementsOf(expected);
        Element check = mojos.get("check");
        assertThat(child(check, "phase").getTextContent()).isEqualTo("verify");
        assertThat(check.getElementsByTagName("executePhase").getLength()).isZero();
        assertThat(child(check, "requiresDependencyResolution").getTextContent())
                .isEqualTo("compile");
    }

    @Test
    void migrateHasOutOfOrderDryRunAndLockTimeout() {
        List<String> expected = new ArrayList<>(DATABASE);
        expected.addAll(List.of("outOfOrder", "dryRun", "lockTimeout"));
        assertThat(userParameters("migrate")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void repairHasTheSharedParametersLockTimeoutAndTheMarksForUnfinishedFiles() {
        List<String> expected = new ArrayList<>(DATABASE);
        expected.addAll(List.of("lockTimeout", "markApplied", "markNotStarted"));
        assertThat(userParameters("repair")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theGoalsThatTakeTheLockWaitTenMinutesByDefault() {
        for (String goal : List.of("migrate", "repair", "baseline")) {
            Element configuration = (Element)
                    mojos.get(goal).getElementsByTagName("configuration").item(0);
            Element lockTimeout =
                    (Element) configuration.getElementsByTagName("lockTimeout").item(0);
            assertThat(lockTimeout.getTextContent()).as(goal).isEqualTo("${storium.lockTimeout}");
            assertThat(lockTimeout.getAttribute("default-value")).as(goal).isEqualTo("10m");
        }
    }

    @Test
    void rehashHasTheSharedParametersAndNeedsNeitherClassesNorDependencies() {
        assertThat(userParameters("rehash")).containsExactlyInAnyOrderElementsOf(SHARED);
        Element rehash = mojos.get("rehash");
        assertThat(rehash.getElementsByTagName("executePhase").getLength()).isZero();
        assertThat(rehash.getElementsByTagName("requiresDependencyResolution").getLength())
                .isZero();
        assertThat(child(rehash, "description").getTextContent()).contains("meta/storium.sum");
    }

    @Test
    void baselineHasARequiredTarget() {
        List<String> expected = new ArrayList<>(DATABASE);
        expected.addAll(List.of("target", "lockTimeout"));
        assertThat(userParameters("baseline")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(parameter("baseline", "target")
                        .getElementsByTagName("required")
                        .item(0)
                        .getTextContent())
                .isEqualTo("true");
    }

    @Test
    void adoptHasFromFlywaysTableAndPullsCodeAndCompilesNothing() {
        List<String> expected = new ArrayList<>(DATABASE);
        expected.addAll(List.of(
                "from",
                "flywayTable",
                "flywaySchema",
                "packageName",
                "className",
                "sourceDirectory",
                "includeTables",
                "excludeTables",
                "force"));
        assertThat(userParameters("adopt")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(mojos.get("adopt").getElementsByTagName("executePhase").getLength())
                .isZero();
    }

    @Test
    void pushHasForceAndDryRun() {
        List<String> expected = new ArrayList<>(SCHEMA_DATABASE);
        expected.addAll(List.of("force", "dryRun"));
        assertThat(userParameters("push")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void seedHasIncludeTestClassesAndCompilesFirstWithTestDependencies() {
        List<String> expected = new ArrayList<>(SCHEMA_DATABASE);
        expected.add("includeTestClasses");
        assertThat(userParameters("seed")).containsExactlyInAnyOrderElementsOf(expected);
        Element seed = mojos.get("seed");
        assertThat(child(seed, "executePhase").getTextContent()).isEqualTo("compile");
        assertThat(child(seed, "requiresDependencyResolution").getTextContent()).isEqualTo("test");
    }

    @Test
    void rebaseHasDryRun() {
        List<String> expected = new ArrayList<>(DATABASE);
        expected.add("dryRun");
        assertThat(userParameters("rebase")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void pullHasTheDatabaseParametersAndItsOwnOptions() {
        assertThat(userParameters("pull")).containsAll(DATABASE).doesNotContain("schema");
    }

    @Test
    void theUrlAndThePasswordHaveTypesThatMaskThemInDebugOutput() {
        for (String goal : List.of("migrate", "status", "push", "pull")) {
            assertThat(child(parameter(goal, "url"), "type").getTextContent())
                    .as(goal)
                    .isEqualTo(MaskedUrl.class.getName());
            assertThat(child(parameter(goal, "password"), "type").getTextContent())
                    .as(goal)
                    .isEqualTo(MaskedPassword.class.getName());
        }
        MaskedUrl url = new MaskedUrl("postgres://app:s3cret@db/app");
        MaskedPassword password = new MaskedPassword("s3cret");
        assertThat(url + " " + password).isEqualTo("postgres://app:****@db/app ****");
    }

    @Test
    void everyGoalIsConfiguredByTheMaskingConfigurator() {
        mojos.forEach((goal, mojo) -> {
            if (!goal.equals("help")) {
                assertThat(child(mojo, "configurator").getTextContent())
                        .as(goal)
                        .isEqualTo(MaskingConfigurator.ID);
            }
        });
        assertThat(Path.of("target/classes/META-INF/plexus/components.xml"))
                .content()
                .contains(MaskingConfigurator.class.getName());
    }

    @Test
    void theHelpHeaderNamesEveryGoal() throws Exception {
        String description = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile())
                .getDocumentElement()
                .getElementsByTagName("description")
                .item(0)
                .getTextContent();
        for (String goal : mojos.keySet()) {
            assertThat(description).as(goal).containsPattern("\\b" + goal + "\\b");
        }
    }

    @Test
    void migrateIsBoundToPreIntegrationTestAndCompilesNothing() {
        Element migrate = mojos.get("migrate");
        assertThat(child(migrate, "phase").getTextContent()).isEqualTo("pre-integration-test");
        assertThat(migrate.getElementsByTagName("executePhase").getLength()).isZero();
        assertThat(child(migrate, "requiresProject").getTextContent()).isEqualTo("true");
    }

    @Test
    void repairAndBaselineCompileNothing() {
        for (String goal : List.of("repair", "baseline", "rebase")) {
            assertThat(mojos.get(goal).getElementsByTagName("executePhase").getLength())
                    .as(goal)
                    .isZero();
        }
    }

    @Test
    void everyGoalAndParameterIsDocumentedAndHasAStoriumProperty() {
        for (String goal : List.of(
                "generate",
                "status",
                "migrate",
                "repair",
                "baseline",
                "push",
                "seed",
                "rebase",
                "rehash",
                "check",
                "adopt",
                "pull")) {
            Element mojo = mojos.get(goal);
            assertThat(child(mojo, "description").getTextContent()).as(goal).hasSizeGreaterThan(40);
            Element configuration = child(mojo, "configuration");
            for (Element parameter : parameters(mojo)) {
                String name = child(parameter, "name").getTextContent();
                assertThat(child(parameter, "description").getTextContent())
                        .as(goal + " " + name)
                        .hasSizeGreaterThan(15);
                if (isEditable(parameter)) {
                    assertThat(child(configuration, name).getTextContent())
                            .as(goal + " " + name)
                            .isEqualTo("${storium." + name + "}");
                }
            }
        }
    }

    @Test
    void theGoalsThatReadClassesCompileTheProjectFirstAndResolveCompileDependencies() {
        for (String goal : List.of("generate", "status", "push")) {
            Element mojo = mojos.get(goal);
            assertThat(child(mojo, "executePhase").getTextContent()).as(goal).isEqualTo("compile");
            assertThat(child(mojo, "requiresDependencyResolution").getTextContent())
                    .as(goal)
                    .isEqualTo("compile");
        }
    }

    @Test
    void flagsDefaultToFalse() {
        Map<String, List<String>> flags = Map.of(
                "generate", List.of("skip", "custom", "allowDataLoss"),
                "migrate", List.of("skip", "outOfOrder", "dryRun"),
                "push", List.of("skip", "force", "dryRun"),
                "seed", List.of("skip", "includeTestClasses"),
                "rebase", List.of("skip", "dryRun"),
                "check", List.of("skip", "failOnDestructive"),
                "pull", List.of("skip", "force", "baseline"),
                "adopt", List.of("skip", "force"));
        flags.forEach((goal, names) -> {
            Element configuration = child(mojos.get(goal), "configuration");
            for (String flag : names) {
                assertThat(child(configuration, flag).getAttribute("default-value"))
                        .as(goal + " " + flag)
                        .isEqualTo("false");
            }
        });
    }

    private static List<String> userParameters(String goal) {
        List<String> names = new ArrayList<>();
        for (Element parameter : parameters(mojos.get(goal))) {
            if (isEditable(parameter)) {
                names.add(child(parameter, "name").getTextContent());
            }
        }
        return names;
    }

    private static Element parameter(String goal, String name) {
        return parameters(mojos.get(goal)).stream()
                .filter(p -> child(p, "name").getTextContent().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(goal + " has no parameter " + name));
    }

    private static boolean isEditable(Element parameter) {
        return Boolean.parseBoolean(child(parameter, "editable").getTextContent());
    }

    private static List<Element> parameters(Element mojo) {
        List<Element> result = new ArrayList<>();
        NodeList list = child(mojo, "parameters").getElementsByTagName("parameter");
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element && list.item(i).getNodeName().equals(name)) {
                return (Element) list.item(i);
            }
        }
        throw new AssertionError("<" + parent.getNodeName() + "> has no <" + name + ">");
    }
}
