package org.cjengage.core.arch;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What the boundary rules of the core and the UI share (docs/decisions.md, 2026-12-06 "Feature boundaries").
 * A feature is the first package below {@code org.cjengage.core} or {@code org.cjengage.ui}.
 */
public final class FeatureBoundaries {

    private static final String DEMO = "demo data seeds an empty database at start-up, before anybody can sign in"
            + " to pass the services' access checks; demo is the top package and nothing depends on it";

    private static final Pattern FEATURE = Pattern.compile("org\\.cjengage\\.(core|ui)\\.([^.]+).*");

    /**
     * Classes that read or write a feature's tables for it: Spring Data repositories, classes annotated
     * {@code @Repository}, and classes named {@code *Repository}, {@code *Store} or {@code *Queries}.
     */
    public static final DescribedPredicate<JavaClass> DATA_ACCESS =
            new DescribedPredicate<>("are repositories, stores or query classes of a feature") {
                @Override
                public boolean test(JavaClass c) {
                    if (!c.getPackageName().startsWith("org.cjengage.")) {
                        return false;
                    }
                    return c.isAssignableTo(org.springframework.data.repository.Repository.class)
                            || c.isAnnotatedWith(org.springframework.stereotype.Repository.class)
                            || c.getSimpleName().endsWith("Repository") || c.getSimpleName().endsWith("Store")
                            || c.getSimpleName().endsWith("Queries");
                }
            };

    /**
     * A feature's narrow reads for other features ({@code PartnershipLookup}, {@code ActivityLookup},
     * {@code UserLookup}): no access check, so only services that have checked access use them, never a view.
     */
    public static final DescribedPredicate<JavaClass> LOOKUPS =
            new DescribedPredicate<>("are lookups of a core feature (reads without an access check)") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("org.cjengage.core.") && c.getSimpleName().endsWith("Lookup");
                }
            };

    /**
     * Named uses of another feature's repository (origin class -> repository), each with its reason. A new entry
     * needs a decision record; an entry no longer used fails the rule, so the list stays true.
     */
    public static final Map<String, String> ALLOWED_CROSS_FEATURE_USES = Map.of(
            "org.cjengage.core.admin.UserAdminService -> org.cjengage.core.security.UserRepository",
            "user administration is the write side of the security feature's accounts (invite, roles, deactivate);"
                    + " it checks AccessGuard for ADMIN itself. Folding core.admin into core.security is the real fix",
            "org.cjengage.core.demo.DemoDataLoader -> org.cjengage.core.partnership.PartnershipRepository", DEMO,
            "org.cjengage.core.demo.DemoDataLoader -> org.cjengage.core.security.UserRepository", DEMO,
            "org.cjengage.core.demo.DemoDataLoader -> org.cjengage.core.plan.ActionPlanRepository", DEMO,
            "org.cjengage.core.demo.DemoDataLoader -> org.cjengage.core.plan.ActivityRepository", DEMO);

    public static final ArchCondition<JavaClass> ONLY_BE_USED_INSIDE_THEIR_FEATURE =
            new ArchCondition<>("be used only by classes of their own feature package") {
                private final Set<String> used = new HashSet<>();

                @Override
                public void init(Collection<JavaClass> allObjectsToTest) {
                    used.clear();
                }

                @Override
                public void check(JavaClass target, ConditionEvents events) {
                    String owner = featureOf(target);
                    for (Dependency d : target.getDirectDependenciesToSelf()) {
                        JavaClass origin = d.getOriginClass();
                        String from = topLevel(origin).getName() + " -> " + target.getName();
                        if (owner.equals(featureOf(origin))) {
                            continue;
                        }
                        if (ALLOWED_CROSS_FEATURE_USES.containsKey(from)) {
                            used.add(from);
                        } else {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }

                @Override
                public void finish(ConditionEvents events) {
                    ALLOWED_CROSS_FEATURE_USES.keySet().stream().filter(e -> !used.contains(e)).sorted()
                            .forEach(e -> events.add(SimpleConditionEvent.violated(e,
                                    "the named exception " + e + " is no longer used: remove it")));
                }
            };

    private FeatureBoundaries() {
    }

    /** {@code core.plan}, {@code ui.plan}; a class directly in {@code org.cjengage.core} is its own feature. */
    public static String featureOf(JavaClass c) {
        Matcher m = FEATURE.matcher(c.getPackageName() + ".");
        return m.matches() ? m.group(1) + "." + m.group(2) : topLevel(c).getName();
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
