package dev.storium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The package rules of docs/architecture.md, checked on the engine's compiled classes. A rule that fails names the
 * class and the dependency that broke it; the fix is to move the code to the package the rule allows, never to widen
 * the rule without changing that page.
 */
@AnalyzeClasses(packages = "dev.storium", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The public packages a user imports; none of them reaches into the implementation. */
    private static final String[] PUBLIC_API = {
        "dev.storium.config..",
        "dev.storium.error..",
        "dev.storium.options..",
        "dev.storium.result..",
        "dev.storium.schema..",
        "dev.storium.seed..",
        "dev.storium.store.."
    };

    /** Everything that knows of migration files, their history and the goals built on them. */
    private static final String[] MIGRATION_MACHINERY = {
        "dev.storium.internal.migration..",
        "dev.storium.internal.migrate..",
        "dev.storium.internal.history..",
        "dev.storium.internal.check..",
        "dev.storium.internal.push..",
        "dev.storium.internal.diff..",
        "dev.storium.internal.sql..",
        "dev.storium.internal.catalog.."
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.(**)")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("a package that needs another must not be needed by it, however far round");

    @ArchTest
    static final ArchRule noCyclesAmongInternalParts =
            slices().matching("dev.storium.internal.(*)..").should().beFreeOfCycles();

    /** The internal packages lowest first, as docs/architecture.md lists them: each may use only those before it. */
    private static final List<String> INTERNAL_LAYERS = List.of(
            "text",
            "jdbc",
            "model",
            "diff",
            "sql",
            "scan",
            "history",
            "catalog",
            "diagram",
            "migration",
            "drizzle",
            "flyway",
            "migrate",
            "check",
            "push",
            "pull",
            "adopt",
            "store",
            "seed");

    @ArchTest
    static void internalPartsUseOnlyTheOnesBelowThem(JavaClasses classes) {
        for (int i = 0; i < INTERNAL_LAYERS.size(); i++) {
            String[] later = INTERNAL_LAYERS.subList(i + 1, INTERNAL_LAYERS.size()).stream()
                    .map(name -> "dev.storium.internal." + name + "..")
                    .toArray(String[]::new);
            if (later.length == 0) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage("dev.storium.internal." + INTERNAL_LAYERS.get(i) + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(later)
                    .because("docs/architecture.md lists the internal packages lowest first")
                    .check(classes);
        }
    }

    @ArchTest
    static void everyInternalPackageHasItsPlaceInTheOrder(JavaClasses classes) {
        Set<String> packages = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("dev.storium.internal."))
                .map(name -> name.substring("dev.storium.internal.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages)
                .as("a new internal package gets its place in INTERNAL_LAYERS and a line in docs/architecture.md")
                .containsExactlyInAnyOrderElementsOf(INTERNAL_LAYERS);
    }

    @ArchTest
    static final ArchRule schemaDslKnowsNoFilesSqlJdbcOrMaven = noClasses()
            .that()
            .resideInAPackage("dev.storium.schema..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.storium.internal..",
                    "dev.storium.store..",
                    "dev.storium.seed..",
                    "java.sql..",
                    "javax.sql..",
                    "java.nio.file..",
                    "org.apache.maven..")
            .because("a table definition is plain code: it must load without files, a database or a build tool");

    @ArchTest
    static final ArchRule engineNeverImportsMaven = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
            .because("the engine is also a runtime library: applications use it without Maven");

    @ArchTest
    static final ArchRule storesKnowNoMigrationMachinery = noClasses()
            .that()
            .resideInAnyPackage("dev.storium.store..", "dev.storium.internal.store..", "dev.storium.seed..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(MIGRATION_MACHINERY)
            .because("a store reads and writes rows; it never needs migration files, history or DDL");

    @ArchTest
    static final ArchRule internalPartsNeverReachUpIntoTheFacade = noClasses()
            .that()
            .resideInAPackage("dev.storium.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.storium")
            .because("the facade calls the parts; the parts return the public result records, never the facade");

    @ArchTest
    static final ArchRule publicApiNeverImportsInternals = noClasses()
            .that()
            .resideInAnyPackage(PUBLIC_API)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.storium.internal..", "dev.storium")
            .because("what a user imports must not drag the implementation, or the facade, along");
}
