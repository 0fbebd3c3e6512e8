package org.cairncrm.itest.ui.internal;

import java.util.Optional;

import org.cairncrm.console.RecordTabContribution;
import org.cairncrm.platform.api.RecordRef;
import org.osgi.service.component.annotations.Component;

import com.vaadin.flow.component.html.Paragraph;

/** An "Items" tab on every employee's card, to prove tabs come and go with their module. */
@Component
public class ItemsTab implements RecordTabContribution {

    @Override
    public String recordType() {
        return "people.employee";
    }

    @Override
    public String label() {
        return ItemsView.TEXTS.get("items.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("itest.item.read");
    }

    @Override
    public com.vaadin.flow.component.Component create(RecordRef record) {
        Paragraph text = new Paragraph(ItemsView.TEXTS.get("items.tab", record.id()));
        text.setId("itest-items-tab");
        return text;
    }
}
