package org.cairncrm.console;

import org.cairncrm.platform.api.RecordRef;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The one record card of Cairn: the record's name, its details tab, the tabs other installed modules contribute for
 * its type ({@link RecordTabContribution}, for users holding their keys) and its change history.
 *
 * <pre>{@code
 * add(new RecordCard(company.name(), new RecordRef("contacts.company", id), "companies", detailsForm));
 * }</pre>
 */
public class RecordCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final TabSheet tabs = new TabSheet();

    /**
     * @param collection the record's REST collection in its module ({@code companies}), for the history
     * @param details    the first tab: the record's fields
     */
    public RecordCard(String title, RecordRef record, String collection, Component details) {
        setSizeFull();
        setPadding(false);
        tabs.setSizeFull();
        tabs.setId("record-tabs");
        tabs.add(org.cairncrm.console.internal.Hooks.text("card.details"), details);
        for (RecordTabContribution tab : org.cairncrm.console.internal.Hooks.tabs(record.type())) {
            tabs.add(tab.label(), org.cairncrm.console.internal.Hooks.asCaller(() -> tab.create(record)));
        }
        tabs.add(org.cairncrm.console.internal.Hooks.text("card.history"),
                new HistoryTab(org.cairncrm.console.internal.Hooks.history(), record.module(), collection,
                        record.id()));
        add(new H2(title), tabs);
        expand(tabs);
    }

    /** Adds a tab of the card's own module (after the details). */
    public RecordCard addTab(String label, Component content) {
        tabs.add(label, content);
        return this;
    }
}
