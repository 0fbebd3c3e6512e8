package org.cairncrm.itest.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The integration-test module's view. */
public class ItemsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    static final org.cairncrm.console.Translations TEXTS = new org.cairncrm.console.Translations("itest/texts",
            ItemsView.class);

    public ItemsView() {
        setId("itest-items");
        add(new H2(TEXTS.get("items.title")), new Paragraph(TEXTS.get("items.text")));
    }
}
