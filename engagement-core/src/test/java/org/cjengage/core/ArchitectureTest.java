package org.cjengage.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cjengage.core.arch.FeatureBoundaries;
import org.cjengage.core.arch.FeatureTables;
import org.cjengage.core.demo.DemoContext;
import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.demo.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the core (docs/decisions.md, 2026-12-06 "Feature boundaries"): no Vaadin, feature packages
 * free of cycles, a feature's repositories, stores and query classes used only inside that feature, and its SQL
 * naming only its own tables, except the named read models in {@link FeatureTables#ALLOWED}.
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

    /** Demo is at the top: features contribute through its seam, nothing else of demo is used by them. */
    @Test
    void featuresUseOnlyTheDemoDataSeam() {
        noClasses().that().resideInAPackage("org.cjengage.core.*..")
                .and().resideOutsideOfPackage("org.cjengage.core.demo..")
                .should().dependOnClassesThat(resideInAPackage("org.cjengage.core.demo..")
                        .and(not(belongToAnyOf(DemoDataContributor.class, DemoContext.class, DemoUsers.class))))
                .allowEmptyShould(false).check(CORE);
    }

    @Test
    void repositoriesStoresAndQueryClassesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that(FeatureBoundaries.DATA_ACCESS).should(FeatureBoundaries.ONLY_BE_USED_INSIDE_THEIR_FEATURE)
                .allowEmptyShould(false).check(CORE);
    }

    @Test
    void everyTableHasAnOwningFeature() {
        assertThat(FeatureTables.createdTables(Path.of("src/main/resources")))
                .as("tables the migrations create; give each an owner in FeatureTables.OWNERS")
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(FeatureTables.OWNERS.keySet());
    }

    @Test
    void featuresNameOnlyTheirOwnTablesInSqlExceptNamedReadModels() {
        classes().that().areTopLevelClasses()
                .should(FeatureTables.queryOnlyTheirOwnTables(Path.of("src/main/java"))).check(CORE);
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
