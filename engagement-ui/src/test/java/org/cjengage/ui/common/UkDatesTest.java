package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;

import org.junit.jupiter.api.Test;

/** Date pickers start the week on Monday and show dd/mm/yyyy, everywhere. */
class UkDatesTest {

    @Test
    void aPickerSetUpTheUkWayStartsOnMondayAndShowsDayMonthYear() {
        DatePicker picker = UkDates.apply(new DatePicker());

        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
    }

    @Test
    void everyDatePickerInTheApplicationIsSetUpTheUkWay() throws IOException {
        Pattern created = Pattern.compile("new DatePicker\\(");
        Pattern throughHelper = Pattern.compile("UkDates\\.apply\\(new DatePicker\\(");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String source = read(f);
                return count(created.matcher(source)) != count(throughHelper.matcher(source));
            }).map(Path::toString).toList();
        }
        assertThat(offenders).as("files creating a DatePicker without UkDates.apply").isEmpty();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
