package org.cjengage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.cjengage.core.backup.DatabaseTool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * engagement-core registers its beans explicitly (each package's *Components, imported by
 * {@link EngagementCoreAutoConfiguration}) instead of scanning, so a host application gets exactly these beans.
 * A new {@code @Component}, {@code @Service}, {@code @Configuration} or {@code @ConfigurationProperties} class
 * that nobody lists would silently be missing: this test finds it.
 */
class CoreRegistrationTest {

    /** Not for the application: the command-line backup tool builds its own small context from it. */
    private static final Set<String> NOT_IMPORTED = Set.of(DatabaseTool.class.getName() + "$ToolConfiguration");

    @Test
    void everyComponentAndPropertiesClassOfTheCoreIsImportedByTheAutoConfiguration() throws Exception {
        // Given every annotated class the old package scan would have found in the main code
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> annotated = new TreeSet<>();
        String mainCode = location(EngagementCoreAutoConfiguration.class);
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.cjengage.core")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            if (location(type).equals(mainCode) && !type.isAnnotationPresent(AutoConfiguration.class)
                    && !NOT_IMPORTED.contains(type.getName())) {
                annotated.add(type.getName());
            }
        }

        // When following the auto-configuration's imports
        Set<String> imported = new HashSet<>();
        follow(EngagementCoreAutoConfiguration.class, imported);

        // Then each of them is imported, and nothing is scanned
        assertThat(annotated).isNotEmpty();
        assertThat(imported).containsAll(annotated);
        assertThat(EngagementCoreAutoConfiguration.class.isAnnotationPresent(ComponentScan.class)).isFalse();
    }

    private static void follow(Class<?> type, Set<String> seen) {
        if (!seen.add(type.getName())) {
            return;
        }
        MergedAnnotations annotations = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.DIRECT);
        annotations.stream(Import.class).map(MergedAnnotation::synthesize)
                .forEach(i -> { for (Class<?> c : i.value()) { follow(c, seen); } });
        annotations.stream(EnableConfigurationProperties.class).map(MergedAnnotation::synthesize)
                .forEach(e -> { for (Class<?> c : e.value()) { seen.add(c.getName()); } });
    }

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
