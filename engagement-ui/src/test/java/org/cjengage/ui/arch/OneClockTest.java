package org.cjengage.ui.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * "Today" has one source, the Europe/London {@link Clock} bean (docs/plan.md, "Today"): no production class of
 * the core or the UI asks the system for the date or its zone.
 */
class OneClockTest {

    @Test
    void noProductionClassReadsTodayOrTheZoneFromTheSystem() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cjengage");

        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("today comes from the one Clock bean (Europe/London)")
                .check(classes);
    }
}
