package dev.storium.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plugin is an adapter: parameters in, one call of the engine's public API, the result logged. */
@AnalyzeClasses(packages = "dev.storium.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {
    @ArchTest
    static final ArchRule goalsUseOnlyThePublicApi = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.storium.internal..")
            .because("a goal holds no engine logic: what it needs belongs in the engine's public API");
}
