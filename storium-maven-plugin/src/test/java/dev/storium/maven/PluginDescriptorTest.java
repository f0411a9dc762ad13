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
    private static final List<String> SHARED = List.of("dialect", "url", "schema", "out", "serverId", "skip");

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
    void theGoalsAreGenerateStatusAndHelp() {
        assertThat(mojos.keySet()).containsExactlyInAnyOrder("generate", "status", "help");
    }

    @Test
    void generateHasTheSharedParametersAndItsOwnOptions() {
        List<String> expected = new ArrayList<>(SHARED);
        expected.addAll(List.of("name", "custom", "allowDataLoss"));
        assertThat(userParameters("generate")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void statusHasTheSharedParameters() {
        assertThat(userParameters("status")).containsExactlyInAnyOrderElementsOf(SHARED);
    }

    @Test
    void everyGoalAndParameterIsDocumentedAndHasAStoriumProperty() {
        for (String goal : List.of("generate", "status")) {
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
    void bothGoalsCompileTheProjectFirstAndResolveCompileDependencies() {
        for (String goal : List.of("generate", "status")) {
            Element mojo = mojos.get(goal);
            assertThat(child(mojo, "executePhase").getTextContent()).as(goal).isEqualTo("compile");
            assertThat(child(mojo, "requiresDependencyResolution").getTextContent())
                    .as(goal)
                    .isEqualTo("compile");
        }
    }

    @Test
    void flagsDefaultToFalse() {
        Element configuration = child(mojos.get("generate"), "configuration");
        for (String flag : List.of("skip", "custom", "allowDataLoss")) {
            assertThat(child(configuration, flag).getAttribute("default-value"))
                    .as(flag)
                    .isEqualTo("false");
        }
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
