package org.cairncrm.itest.ui.internal;

import java.util.Optional;

import org.cairncrm.console.DashboardCard;
import org.osgi.service.component.annotations.Component;

import com.vaadin.flow.component.html.Paragraph;

/** A dashboard card, to prove cards come and go with their module. */
@Component
public class ItemsCard implements DashboardCard {

    @Override
    public String title() {
        return ItemsView.TEXTS.get("items.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("itest.item.read");
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Paragraph text = new Paragraph(ItemsView.TEXTS.get("items.text"));
        text.setId("itest-items-card");
        return text;
    }
}
