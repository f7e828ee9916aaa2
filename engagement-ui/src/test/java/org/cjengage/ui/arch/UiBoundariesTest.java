package org.cjengage.ui.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cjengage.core.arch.FeatureBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the UI (docs/decisions.md, 2026-12-06 "Feature boundaries"): UI feature packages free of
 * cycles, and views reach the core only through its services and value types, never its repositories, stores,
 * query classes or lookups (reads without an access check).
 */
class UiBoundariesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cjengage");

    @Test
    void uiFeaturePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.cjengage.ui.(*)..").namingSlices("ui.$1").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void theUiNeverTouchesRepositoriesStoresQueryClassesOrLookups() {
        noClasses().that().resideInAnyPackage("org.cjengage.ui..", "org.cjengage.app..")
                .should().dependOnClassesThat(FeatureBoundaries.DATA_ACCESS)
                .orShould().dependOnClassesThat(FeatureBoundaries.LOOKUPS)
                .because("views go through the core's services, which check access first")
                .check(ALL);
    }

    @Test
    void repositoriesStoresAndQueryClassesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that(FeatureBoundaries.DATA_ACCESS).should(FeatureBoundaries.ONLY_BE_USED_INSIDE_THEIR_FEATURE)
                .allowEmptyShould(false).check(ALL);
    }
}
