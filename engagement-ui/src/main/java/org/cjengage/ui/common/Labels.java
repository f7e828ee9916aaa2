package org.cjengage.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;
import org.springframework.stereotype.Component;

/** Display labels of framework codes (the labels are part of the standards data). */
@Component
public class Labels {

    private final StandardsCatalogue standards;

    public Labels(StandardsCatalogue standards) {
        this.standards = standards;
    }

    public StandardsCatalogue standards() {
        return standards;
    }

    public String level(String code) {
        return label(standards.levels(), code);
    }

    public String community(String code) {
        return label(standards.communityTypes(), code);
    }

    public String communities(Collection<String> codes) {
        return join(standards.communityTypes(), codes);
    }

    public String tag(String code) {
        return label(standards.subFocusTags(), code);
    }

    public String method(String code) {
        return label(standards.methods(), code);
    }

    public String purpose(String code) {
        return label(standards.purposes(), code);
    }

    public String stage(String code) {
        return label(standards.cycleStages(), code);
    }

    public List<String> codes(Vocabulary vocabulary) {
        return vocabulary.terms().stream().map(Term::code).toList();
    }

    public List<String> codes(Scale scale) {
        return scale.points().stream().map(p -> p.code()).toList();
    }

    public String join(Vocabulary vocabulary, Collection<String> codes) {
        return vocabulary.terms().stream().filter(t -> codes.contains(t.code())).map(Term::label)
                .collect(Collectors.joining(", "));
    }

    public static String label(Vocabulary vocabulary, String code) {
        return code == null ? "" : vocabulary.term(code).map(Term::label).orElse(code);
    }

    public static String label(Scale scale, String code) {
        return code == null ? "" : scale.byCode(code).map(p -> p.label()).orElse(code);
    }
}
