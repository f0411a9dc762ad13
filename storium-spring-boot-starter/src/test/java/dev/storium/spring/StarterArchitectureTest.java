package dev.storium.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The starter is an adapter, as the Maven plugin is: Spring's settings in, the engine's public API called. */
@AnalyzeClasses(packages = "dev.storium.spring", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTest {
    @ArchTest
    static final ArchRule usesOnlyThePublicApi = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.storium.internal..")
            .because("the starter holds no engine logic: what it needs belongs in the engine's public API");

    @ArchTest
    static final ArchRule theCoreKnowsNoActuator = noClasses()
            .that()
            .resideInAPackage("dev.storium.spring")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.boot.actuate..", "org.springframework.boot.health..")
            .because("the runtime auto-configuration works without Actuator; only dev.storium.spring.actuate uses it");
}
