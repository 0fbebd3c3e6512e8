package org.cairncrm.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cairncrm.console.SearchProvider.SearchHit;
import org.cairncrm.platform.api.RecordRef;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Chooses a record of any installed module by typing a few letters of it, as the global search finds records
 * (companies, representatives, cases, tasks, employees, add-ons' records): no one types {@code contacts.company:12}.
 */
public class RecordPicker extends ComboBox<SearchHit> {

    private static final long serialVersionUID = 1L;
    private static final int PER_KIND = 8;

    public RecordPicker(String label) {
        super(label);
        setClearButtonVisible(true);
        setItemLabelGenerator(hit -> hit.detail() == null || hit.detail().isBlank() ? hit.title()
                : hit.title() + " · " + hit.detail());
        setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            List<SearchHit> found = new ArrayList<>();
            if (text.length() >= 2) {
                for (SearchProvider provider : org.cairncrm.console.internal.Hooks.searches()) {
                    try {
                        org.cairncrm.console.internal.Hooks.asCaller(() -> provider.search(text, PER_KIND)).stream()
                                .filter(hit -> hit.record() != null).forEach(found::add);
                    } catch (RuntimeException oneKindFailed) {
                        // the others still answer
                    }
                }
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
    }

    /** The chosen record. */
    public Optional<RecordRef> record() {
        return Optional.ofNullable(getValue()).map(SearchHit::record);
    }

    /** Shows {@code record} as chosen, named as its module names it; null clears. */
    public void setRecord(RecordRef record) {
        if (record == null) {
            clear();
            return;
        }
        setValue(describe(record));
    }

    /** The record as its module's search names it, or by its type and id when no installed module does. */
    public static SearchHit describe(RecordRef record) {
        for (SearchProvider provider : org.cairncrm.console.internal.Hooks.searches()) {
            try {
                Optional<SearchHit> hit = org.cairncrm.console.internal.Hooks.asCaller(() -> provider.find(record));
                if (hit.isPresent()) {
                    return hit.get();
                }
            } catch (RuntimeException goneOrHidden) {
                // named by its type and id below
            }
        }
        return new SearchHit(record.type() + " #" + record.id(), "", RecordLinks.route(record), record);
    }
}
