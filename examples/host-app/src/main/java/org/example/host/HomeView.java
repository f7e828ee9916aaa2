package org.example.host;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The host's home page at "/": its notices, read through its own service and repository. */
@Route(value = "", layout = HostLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public HomeView(NoticeService notices) {
        getElement().setAttribute("role", "main");
        add(new H2(getTranslation("host.home.heading")), new Paragraph(getTranslation("host.home.intro")));
        Section board = new Section();
        board.setId("host-notices");
        for (Notice notice : notices.latest()) {
            Span posted = new Span(getTranslation("host.home.posted", DATE.format(notice.postedOn())));
            posted.getStyle().set("color", "var(--lumo-secondary-text-color)");
            board.add(new Article(new H3(notice.title()), posted, new Paragraph(notice.body())));
        }
        add(board);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.home.heading") + " | " + getTranslation("host.title");
    }
}
