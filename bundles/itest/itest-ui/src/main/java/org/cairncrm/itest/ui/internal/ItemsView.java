package org.cairncrm.itest.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The integration-test module's view. */
public class ItemsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public ItemsView() {
        setId("itest-items");
        add(new H2("Items"), new Paragraph("The integration-test module's items."));
    }
}
