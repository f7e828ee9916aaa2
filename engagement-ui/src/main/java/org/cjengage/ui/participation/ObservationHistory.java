package org.cjengage.ui.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ServiceJourney;

/** Every observation of a service, newest first, corrections and superseded entries included. */
class ObservationHistory extends Grid<Observation> {

    private final JourneyFormat format;
    private ServiceJourney journey;

    ObservationHistory(JourneyFormat format, boolean canCorrect, Consumer<Observation> onCorrect) {
        this.format = format;
        setId("observation-history");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        setAriaLabel(format.t("participation.history.grid"));
        setAllRowsVisible(true);
        addColumn(o -> format.date(o.observedOn())).setHeader(format.t("participation.table.date")).setAutoWidth(true);
        addColumn(o -> format.stage(o.stage())).setHeader(format.t("participation.table.stage")).setAutoWidth(true);
        addColumn(Observation::evidence).setHeader(format.t("participation.observation.evidence")).setFlexGrow(3);
        addColumn(this::activities).setHeader(format.t("participation.history.activities")).setFlexGrow(2);
        addColumn(o -> journey.recorderNames().getOrDefault(o.recordedBy(), ""))
                .setHeader(format.t("participation.history.recordedBy")).setAutoWidth(true);
        addColumn(this::notes).setHeader(format.t("participation.history.state")).setFlexGrow(2);
        if (canCorrect) {
            addComponentColumn(o -> {
                Button correct = new Button(format.t("participation.history.correct"), e -> onCorrect.accept(o));
                correct.addThemeVariants(ButtonVariant.TERTIARY);
                correct.setAriaLabel(format.t("participation.history.correct.label", format.date(o.observedOn())));
                correct.setVisible(!journey.isSuperseded(o));
                return correct;
            }).setHeader(format.t("participation.history.actions")).setAutoWidth(true).setFlexGrow(0);
        }
    }

    void show(ServiceJourney newJourney) {
        this.journey = newJourney;
        setItems(newJourney.history());
    }

    private String activities(Observation o) {
        return o.activityIds().stream().sorted()
                .map(id -> Optional.ofNullable(journey.activities().get(id)).map(a -> a.description())
                        .orElse(format.t("participation.history.activityGone")))
                .collect(Collectors.joining("; "));
    }

    private String notes(Observation o) {
        List<String> notes = new ArrayList<>();
        if (journey.isSuperseded(o)) {
            notes.add(format.t("participation.history.superseded"));
        }
        if (o.correctsId() != null) {
            journey.history().stream().filter(c -> c.id().equals(o.correctsId())).findFirst()
                    .ifPresent(c -> notes.add(format.t("participation.history.corrects", format.date(c.observedOn()))));
        }
        if (o.baseline()) {
            notes.add(format.t("participation.history.isBaseline"));
        }
        return String.join(". ", notes);
    }
}
