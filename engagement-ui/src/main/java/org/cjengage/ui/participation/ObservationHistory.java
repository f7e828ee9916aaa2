package org.cjengage.ui.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;

import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ServiceJourney;
import org.cjengage.ui.common.NarrowColumns;

/** Every observation of a service, newest first, corrections and superseded entries included. */
class ObservationHistory extends Grid<Observation> {

    /** Below this width (rem) only the date is shown, with the other columns as lines under it. */
    static final double NARROW_REM = 45;

    private final JourneyFormat format;
    private ServiceJourney journey;

    ObservationHistory(JourneyFormat format, boolean canCorrect, Consumer<Observation> onCorrect) {
        this.format = format;
        setId("observation-history");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        setAriaLabel(format.t("participation.history.grid"));
        setAllRowsVisible(true);
        // each column once, with one label: its header and, on a phone, its line under the date
        NarrowColumns<Observation> narrow = new NarrowColumns<>(this, NARROW_REM, "observation-summary");
        narrow.addMain("date", format.t("participation.table.date"), o -> new Span(format.date(o.observedOn())))
                .setAutoWidth(true);
        narrow.addText("stage", format.t("participation.table.stage"), o -> format.stage(o.stage())).setAutoWidth(true);
        narrow.addText("evidence", format.t("participation.observation.evidence"), Observation::evidence)
                .setFlexGrow(3);
        narrow.addText("activities", format.t("participation.history.activities"), this::activities).setFlexGrow(2);
        narrow.addText("recordedBy", format.t("participation.history.recordedBy"),
                o -> journey.recorderNames().getOrDefault(o.recordedBy(), "")).setAutoWidth(true);
        narrow.addText("state", format.t("participation.history.state"), this::notes).setFlexGrow(2);
        if (canCorrect) {
            SerializableFunction<Observation, Component> correct = o -> {
                Button button = new Button(format.t("participation.history.correct"), e -> onCorrect.accept(o));
                button.addThemeVariants(ButtonVariant.TERTIARY);
                button.setAriaLabel(format.t("participation.history.correct.label", format.date(o.observedOn())));
                button.setVisible(!journey.isSuperseded(o));
                return button;
            };
            narrow.addAction(addComponentColumn(correct::apply).setAutoWidth(true).setFlexGrow(0),
                    format.t("participation.history.actions"), correct);
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
