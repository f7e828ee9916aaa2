package org.cjengage.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void coreHasNoVaadinTypes() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cjengage.core");
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(classes);
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
