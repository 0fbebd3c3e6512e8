package org.cairncrm.contacts.ui.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.NoticeProvider;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Deletions waiting for a decision, under the bell of those who may approve them. */
@Component(service = NoticeProvider.class)
public class DeletionNotices implements NoticeProvider {

    private final ContactsConsole services;

    @Activate
    public DeletionNotices(@Reference ContactsConsole services) {
        this.services = services;
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(Deletions.APPROVE);
    }

    @Override
    public List<Notice> notices(int limit) {
        List<DeletionRequestData> waiting = services.deletions.list(new PageRequest(0, limit, List.of(),
                List.of(Filter.eq("state", "PENDING")), Optional.empty())).items();
        return waiting.stream().map(d -> new Notice(ContactsConsole.TEXTS.get("deletions.notice", d.recordName()),
                d.requestedBy() + (d.reason() == null ? "" : ": " + d.reason()), d.requestedAt(),
                "contacts/deletions")).toList();
    }
}
