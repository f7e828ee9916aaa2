package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;

import org.cjengage.app.EngagementApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A column registered once with NarrowColumns is its header, its column-menu entry and its line on a phone. */
@SpringBootTest(classes = EngagementApplication.class)
class NarrowColumnsTest extends SpringBrowserlessTest {

    Grid<String> grid;
    ColumnChooser chooser;
    NarrowColumns<String> narrow;
    Grid.Column<String> word;
    Grid.Column<String> length;
    Grid.Column<String> initial;

    @BeforeEach
    void givenAGridOfWordsWithAMainColumnTwoChoosableColumnsOneHiddenByDefaultAndAnAction() {
        grid = new Grid<>();
        chooser = new ColumnChooser("words");
        narrow = new NarrowColumns<>(grid, 40, "word-summary").chosenIn(chooser);
        word = narrow.addMain("word", "Word", Span::new);
        length = narrow.add(grid.addColumn(String::length).setKey("length"), "Length", w -> String.valueOf(w.length()));
        initial = grid.addColumn(w -> w.substring(0, 1)).setKey("initial");
        initial.setVisible(false);
        narrow.add(initial, "Initial", w -> w.substring(0, 1));
        narrow.addAction(grid.addComponentColumn(w -> new Button("Spell " + w)).setKey("spell"), "Actions",
                w -> new Button("Spell " + w));
        grid.setItems(List.of("reflow"));
        UI.getCurrent().add(chooser, grid);
    }

    @Test
    void theOneLabelIsTheHeaderAndTheMenuEntryAndTheColumnsDefaultIsItsVisibility() {
        assertThat(test(grid).getHeaderCell(test(grid).getColumnPosition("length"))).isEqualTo("Length");
        assertThat(chooser.entry("length").getText()).isEqualTo("Length");
        assertThat(chooser.entry("length").isChecked()).isTrue();
        assertThat(chooser.entry("initial").getText()).isEqualTo("Initial");
        assertThat(chooser.entry("initial").isChecked()).isFalse();
        assertThat(chooser.entry("word").getText()).isEqualTo("Word");
        assertThat(test(grid).getCellComponent(0, "word")).isInstanceOf(Span.class);
    }

    @Test
    void whenNarrowOnlyTheMainColumnShowsWithTheChosenColumnsNamedAndTheActionUnderIt() {
        narrow.setNarrow(true);

        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(word);
        Component cell = test(grid).getCellComponent(0, "word");
        List<String> lines = cell.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(lines).containsExactly("reflow", "Length: 6", "Spell reflow");
        assertThat(cell.getElement().getClassList()).contains("word-summary");
        assertThat(cell.getElement().getStyle().get("white-space")).isEqualTo("normal"); // never cut off at the edge
        assertThat(chooser.entry("length").isChecked()).isTrue(); // a narrow screen is not a choice
    }

    @Test
    void aColumnChosenOnANarrowScreenIsListedAndComesBackWhenWide() {
        narrow.setNarrow(true);
        chooser.choose("initial", true);

        assertThat(test(grid).getCellComponent(0, "word").getChildren().map(c -> c.getElement().getTextRecursively()))
                .contains("Initial: r");
        narrow.setNarrow(false);
        assertThat(initial.isVisible()).isTrue();
        assertThat(length.isVisible()).isTrue();
    }

    @Test
    void theMainColumnHiddenInTheMenuStillCarriesTheRowOnANarrowScreen() {
        chooser.choose("word", false);
        assertThat(word.isVisible()).isFalse();

        narrow.setNarrow(true);
        assertThat(word.isVisible()).isTrue();

        narrow.setNarrow(false);
        assertThat(word.isVisible()).isFalse();
    }

    @Test
    void aGridThatRebuildsItsColumnsListsOnlyTheNewOnesAndStaysNarrow() {
        narrow.setNarrow(true);

        narrow.removeAllColumns();
        Grid.Column<String> letters = narrow.addMain("letters", "Letters", w -> new Span(w.toUpperCase()));
        Grid.Column<String> last = narrow.add(grid.addColumn(w -> w.substring(w.length() - 1)).setKey("last"), "Last",
                w -> w.substring(w.length() - 1));

        assertThat(grid.getColumns()).containsExactly(letters, last);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(letters);
        assertThat(test(grid).getCellComponent(0, "letters").getChildren().map(c -> c.getElement().getTextRecursively()))
                .containsExactly("REFLOW", "Last: w");
        narrow.setNarrow(false);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).containsExactly(letters, last);
        assertThat(test(grid).getHeaderCell(test(grid).getColumnPosition("last"))).isEqualTo("Last");
    }

    @Test
    void aTextColumnShowsItsOneValueInTheWideCellAndOnThePhoneLineAndAChangeToItChangesBoth() {
        Map<String, String> meanings = new HashMap<>(Map.of("reflow", "fits the screen"));
        narrow.addText("meaning", "Meaning", meanings::get);

        assertThat(test(grid).getHeaderCell(test(grid).getColumnPosition("meaning"))).isEqualTo("Meaning");
        assertThat(chooser.entry("meaning").isChecked()).isTrue();
        assertThat(wideCell("meaning")).isEqualTo("fits the screen");
        narrow.setNarrow(true);
        assertThat(phoneLines()).contains("Meaning: fits the screen");

        // the value is edited in its one place: the phone line and, once wide again, the cell both follow
        meanings.put("reflow", "one column on a phone");
        grid.getDataProvider().refreshAll();
        assertThat(phoneLines()).contains("Meaning: one column on a phone").doesNotContain("Meaning: fits the screen");
        narrow.setNarrow(false);
        assertThat(wideCell("meaning")).isEqualTo("one column on a phone");
    }

    @Test
    void aTextColumnHiddenByDefaultIsUncheckedInTheMenuAndListedOnAPhoneOnceChosen() {
        Grid.Column<String> last = narrow.addText("last", "Last", w -> w.substring(w.length() - 1), false);

        assertThat(last.isVisible()).isFalse();
        assertThat(chooser.entry("last").isChecked()).isFalse();
        narrow.setNarrow(true);
        assertThat(phoneLines()).doesNotContain("Last: w");

        chooser.choose("last", true);
        assertThat(phoneLines()).contains("Last: w");
        narrow.setNarrow(false);
        assertThat(last.isVisible()).isTrue();
        assertThat(wideCell("last")).isEqualTo("w");
    }

    @Test
    void aRowsNoteIsOneLineUnderTheMainContentOnAPhoneOnlyAndNoneWhereItIsBlank() {
        narrow.noted(w -> w.startsWith("r") ? "Starts with r" : "");
        grid.setItems(List.of("reflow", "wide"));

        assertThat(test(grid).getCellComponent(0, "word")).isInstanceOf(Span.class); // wide: the content alone
        narrow.setNarrow(true);
        assertThat(phoneLines()).containsExactly("reflow", "Starts with r", "Length: 6", "Spell reflow");
        assertThat(test(grid).getCellComponent(1, "word").getChildren().map(c -> c.getElement().getTextRecursively()))
                .containsExactly("wide", "Length: 4", "Spell wide");
    }

    @Test
    void aTemplateMainColumnSendsTextAndLinesAsPropertiesAndMakesNoComponentPerRow() {
        Grid<String> drawn = new Grid<>();
        NarrowColumns<String> columns = new NarrowColumns<>(drawn, 40, "drawn-summary");
        columns.addMainLink("word", "Word", w -> w, w -> "words/" + w.length());
        columns.add(drawn.addColumn(String::length).setKey("length"), "Length", w -> String.valueOf(w.length()));
        drawn.setItems(List.of("<img src=x onerror=alert(1)>"));
        UI.getCurrent().add(drawn);

        assertThat(test(drawn).getLitRendererPropertyValue(0, "word", "text", String.class))
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(test(drawn).getLitRendererPropertyValue(0, "word", "href", String.class)).isEqualTo("words/28");
        columns.setNarrow(true);
        assertThat(test(drawn).getLitRendererPropertyValue(0, "word", "lines", List.class))
                .containsExactly("Length: 28");
        assertThat(drawn.getElement().getNode().getFeature(VirtualChildrenList.class).size())
                .as("components kept for the rows").isZero();
        assertThat(drawn.getColumnByKey("word").getRenderer()).isInstanceOf(LitRenderer.class);
        assertThatThrownBy(() -> columns.addAction(drawn.addComponentColumn(Span::new), "Actions", Span::new))
                .isInstanceOf(IllegalStateException.class);
    }

    private String wideCell(String key) {
        return test(grid).getCellText(0, test(grid).getColumnPosition(key));
    }

    private List<String> phoneLines() {
        return test(grid).getCellComponent(0, "word").getChildren().map(c -> c.getElement().getTextRecursively())
                .toList();
    }
}
