package org.cairncrm.itest.ui.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.ListActionContribution;
import org.cairncrm.platform.api.RecordRef;
import org.osgi.service.component.annotations.Component;

/** An action on marked employees, to prove list actions come and go with their module. */
@Component
public class ItemsAction implements ListActionContribution {

    @Override
    public String recordType() {
        return "people.employee";
    }

    @Override
    public String label() {
        return ItemsView.TEXTS.get("items.action");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("itest.item.read");
    }

    @Override
    public String run(List<RecordRef> marked) {
        return ItemsView.TEXTS.get("items.action.done", marked.size());
    }
}
