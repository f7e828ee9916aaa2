package org.cjengage.core.standards;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All frameworks, scales and vocabularies loaded from the standards data. Immutable; built and
 * validated by {@link StandardsLoader}, so every id in {@link StandardIds} is present.
 */
public final class StandardsCatalogue {

    private final Map<String, Framework> frameworks;
    private final Map<String, Scale> scales;
    private final Map<String, Vocabulary> vocabularies;

    StandardsCatalogue(Collection<Framework> frameworks, Collection<Scale> scales,
                       Collection<Vocabulary> vocabularies) {
        this.frameworks = byId(frameworks, Framework::id);
        this.scales = byId(scales, Scale::id);
        this.vocabularies = byId(vocabularies, Vocabulary::id);
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream()
                .sorted(Comparator.comparing(id))
                .collect(Collectors.collectingAndThen(
                        Collectors.toMap(id, Function.identity(), (a, b) -> {
                            throw new IllegalArgumentException("duplicate id " + id.apply(a));
                        }, LinkedHashMap::new),
                        Collections::unmodifiableMap));
    }

    /** All assessment frameworks, ordered by id. */
    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    /** All scales, ordered by id. */
    public List<Scale> scales() {
        return List.copyOf(scales.values());
    }

    /** All vocabularies, ordered by id. */
    public List<Vocabulary> vocabularies() {
        return List.copyOf(vocabularies.values());
    }

    /** @throws IllegalArgumentException naming the id if no framework has it */
    public Framework framework(String id) {
        return require(frameworks, id, "framework");
    }

    public Optional<Framework> findFramework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** @throws IllegalArgumentException naming the id if no scale has it */
    public Scale scale(String id) {
        return require(scales, id, "scale");
    }

    public Optional<Scale> findScale(String id) {
        return Optional.ofNullable(scales.get(id));
    }

    /** @throws IllegalArgumentException naming the id if no vocabulary has it */
    public Vocabulary vocabulary(String id) {
        return require(vocabularies, id, "vocabulary");
    }

    public Optional<Vocabulary> findVocabulary(String id) {
        return Optional.ofNullable(vocabularies.get(id));
    }

    /** The scale a framework is scored on. */
    public Scale scaleOf(Framework framework) {
        return scale(framework.scaleId());
    }

    public Framework nationalStandards() {
        return framework(StandardIds.NATIONAL_STANDARDS);
    }

    public Scale scoringScale() {
        return scale(StandardIds.SCORING_SCALE);
    }

    public Scale participationScale() {
        return scale(StandardIds.PARTICIPATION_SCALE);
    }

    public Scale levels() {
        return scale(StandardIds.LEVELS);
    }

    public Vocabulary communityTypes() {
        return vocabulary(StandardIds.COMMUNITY_TYPES);
    }

    public Vocabulary subFocusTags() {
        return vocabulary(StandardIds.SUB_FOCUS_TAGS);
    }

    public Vocabulary methods() {
        return vocabulary(StandardIds.METHODS);
    }

    public Vocabulary purposes() {
        return vocabulary(StandardIds.PURPOSES);
    }

    /** The code of the level marked {@link StandardIds#MARK_ENGAGED} (loading checks there is one). */
    public String engagedLevel() {
        return levels().marked(StandardIds.MARK_ENGAGED).orElseThrow().code();
    }

    /** The code of the stage marked {@link StandardIds#MARK_REVIEW} (loading checks there is one). */
    public String reviewStage() {
        return cycleStages().marked(StandardIds.MARK_REVIEW).orElseThrow().code();
    }

    public Vocabulary cycleStages() {
        return vocabulary(StandardIds.CYCLE_STAGES);
    }

    private static <T> T require(Map<String, T> items, String id, String kind) {
        T item = items.get(id);
        if (item == null) {
            throw new IllegalArgumentException("No " + kind + " with id '" + id + "'; known: " + items.keySet());
        }
        return item;
    }
}
