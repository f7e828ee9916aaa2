package org.cjengage.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cjengage.core.arch.FeatureBoundaries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the core (docs/decisions.md, 2026-12-06 "Feature boundaries"): no Vaadin, feature packages
 * free of cycles, and a feature's repositories, stores and query classes used only inside that feature.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cjengage.core");

    @Test
    void coreHasNoVaadinTypes() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(CORE);
    }

    @Test
    void coreFeaturePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.cjengage.core.(*)..").namingSlices("core.$1").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void repositoriesStoresAndQueryClassesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that(FeatureBoundaries.DATA_ACCESS).should(FeatureBoundaries.ONLY_BE_USED_INSIDE_THEIR_FEATURE)
                .allowEmptyShould(false).check(CORE);
    }

    /** Surefire only runs classes named *Test (and a few other patterns): a benchmark named otherwise never runs. */
    @Test
    void everyBenchmarkIsNamedSoThatTheTestRunnerFindsIt() {
        var tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.cjengage");
        classes().that().areAnnotatedWith(Tag.class).and().areTopLevelClasses().should().haveSimpleNameEndingWith("Test")
                .allowEmptyShould(false).check(tests);
    }
}
