package org.cairncrm.journal.ui.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.SearchProvider;
import org.cairncrm.journal.Journal;
import org.cairncrm.platform.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contact cases in the console's global search: by topic and customer, the newest first. */
@Component(service = SearchProvider.class)
public class CaseSearch implements SearchProvider {

    private final JournalConsole services;

    @Activate
    public CaseSearch(@Reference JournalConsole services) {
        this.services = services;
    }

    @Override
    public String title() {
        return JournalConsole.TEXTS.get("cases.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(Journal.READ);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return services.journal.list(new PageRequest(0, limit, List.of(), List.of(), Optional.of(text))).items()
                .stream()
                .map(c -> new SearchHit(c.topic(), c.companyName(), "journal/cases/" + c.id()))
                .toList();
    }

    @Override
    public Optional<SearchHit> find(org.cairncrm.platform.api.RecordRef record) {
        if (!record.type().equals(Journal.CASE_TYPE)) {
            return Optional.empty();
        }
        var c = services.journal.get(record.id());
        return Optional.of(new SearchHit(c.topic(), c.companyName(), "journal/cases/" + c.id()));
    }
}
