package org.cairncrm.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.RecordRef;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The one record card of Cairn: the record's name, its details tab, the tabs other installed modules contribute for
 * its type ({@link RecordTabContribution}, for users holding their keys; they come and go with their modules while
 * the card is open) and its change history.
 *
 * <pre>{@code
 * add(new RecordCard(company.name(), new RecordRef("contacts.company", id), "companies", detailsForm));
 * }</pre>
 */
public class RecordCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final TabSheet tabs = new TabSheet();
    private final RecordRef record;
    private final Map<RecordTabContribution, Tab> contributed = new LinkedHashMap<>();
    private final Tab history;
    private int ownTabs;

    /**
     * @param collection the record's REST collection in its module ({@code companies}), for the history
     * @param details    the first tab: the record's fields
     */
    public RecordCard(String title, RecordRef record, String collection, Component details) {
        setSizeFull();
        setPadding(false);
        tabs.setSizeFull();
        tabs.setId("record-tabs");
        this.record = record;
        tabs.add(org.cairncrm.console.internal.Hooks.text("card.details"), details);
        history = tabs.add(org.cairncrm.console.internal.Hooks.text("card.history"),
                new HistoryTab(org.cairncrm.console.internal.Hooks.history(), record.module(), collection,
                        record.id()));
        refreshContributedTabs();
        org.cairncrm.console.internal.Hooks.followContributions(this, this::refreshContributedTabs);
        add(new H2(title), tabs);
        expand(tabs);
    }

    /** Shows the tabs of the modules installed now, before the history; a removed module's tab goes. */
    private void refreshContributedTabs() {
        List<RecordTabContribution> now = org.cairncrm.console.internal.Hooks.tabs(record.type());
        contributed.entrySet().removeIf(shown -> {
            boolean gone = !now.contains(shown.getKey());
            if (gone) {
                tabs.remove(shown.getValue());
            }
            return gone;
        });
        for (RecordTabContribution tab : now) {
            if (!contributed.containsKey(tab)) {
                contributed.put(tab, tabs.add(new Tab(tab.label()),
                        org.cairncrm.console.internal.Hooks.asCaller(() -> tab.create(record)),
                        tabs.getIndexOf(history)));
            }
        }
    }

    /** Adds a tab of the card's own module: after the details and its other own tabs, before other modules'. */
    public RecordCard addTab(String label, Component content) {
        tabs.add(new Tab(label), content, 1 + ownTabs++);
        return this;
    }
}
