package org.cjengage.ui.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import org.cjengage.core.plan.VoiceCycle;

/** The VOiCE cycle of an activity as four headed sections: Analyse, Plan, Do and Review. */
class VoiceSections extends Composite<VerticalLayout> {

    private static final Map<String, List<String>> SECTIONS = sections();

    final Map<String, TextArea> texts = new LinkedHashMap<>();
    final IntegerField participants = new IntegerField();

    VoiceSections() {
        getContent().setPadding(false);
        participants.setLabel(getTranslation("activity.voice.doParticipants"));
        participants.setMin(0);
        participants.setMax(VoiceCycle.PARTICIPANTS_MAX);
        participants.setStepButtonsVisible(false);
        SECTIONS.forEach((section, fields) -> {
            H3 heading = new H3(getTranslation("activity.section." + section));
            FormLayout layout = new FormLayout();
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            for (String field : fields) {
                TextArea area = new TextArea(getTranslation("activity.voice." + field));
                area.setMaxLength(VoiceCycle.TEXT_MAX);
                texts.put(field, area);
                layout.add(area);
            }
            if (section.equals("do")) {
                layout.add(participants);
            }
            getContent().add(heading, layout);
        });
    }

    void bind(Binder<ActivityFormModel> binder, Map<String, HasValue<?, ?>> byName) {
        texts.forEach((field, area) -> {
            binder.forField(area).bind(m -> m.getVoice(field), (m, v) -> m.setVoice(field, v));
            byName.put(field, area);
        });
        binder.forField(participants).bind(ActivityFormModel::getParticipants, ActivityFormModel::setParticipants);
        byName.put("doParticipants", participants);
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("analyse", List.of("analyseIssue", "analyseAffected", "analyseInvolved", "analyseBarriers"));
        m.put("plan", List.of("planOutcomes", "planIndicators", "planResources", "planTimescale"));
        m.put("do", List.of("doWhatHappened", "doWhoTookPart"));
        m.put("review", List.of("reviewLessons", "reviewYouSaid", "reviewWeDid"));
        return m;
    }
}
