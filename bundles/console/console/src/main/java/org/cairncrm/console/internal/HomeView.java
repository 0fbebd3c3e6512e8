package org.cairncrm.console.internal;

import java.text.MessageFormat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The start page: the dashboard of cards the installed modules contribute. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public HomeView() {
        setId("home");
        String name = SignedIn.identity().map(i -> i.login()).orElse("");
        add(new H2(MessageFormat.format(Texts.get("home.welcome"), name)));
        add(new Paragraph(Texts.get("home.noCards")));
    }
}
