package org.cairncrm.contacts.ui.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.SearchProvider;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.paging.PageRequest;
import org.osgi.service.component.annotations.Component;

/** Companies and representatives in the console's global search. */
final class ContactsSearch {

    private ContactsSearch() {
    }

    @Component(service = SearchProvider.class)
    public static class CompanySearch implements SearchProvider {
        private final ContactsConsole services;

        @org.osgi.service.component.annotations.Activate
        public CompanySearch(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            this.services = services;
        }

        @Override
        public String title() {
            return ContactsConsole.TEXTS.get("companies.title");
        }

        @Override
        public Optional<String> permission() {
            return Optional.of(Companies.READ);
        }

        @Override
        public List<SearchHit> search(String text, int limit) {
            return services.companies.list(new PageRequest(0, limit, List.of(), List.of(),
                            Optional.of(text))).items().stream()
                    .map(c -> new SearchHit(c.name(), CompaniesView.city(c), "contacts/companies/" + c.id()))
                    .toList();
        }

        @Override
        public Optional<SearchHit> find(org.cairncrm.platform.api.RecordRef record) {
            if (!record.type().equals(Companies.TYPE)) {
                return Optional.empty();
            }
            var c = services.companies.get(record.id());
            return Optional.of(new SearchHit(c.name(), CompaniesView.city(c), "contacts/companies/" + c.id()));
        }
    }

    @Component(service = SearchProvider.class)
    public static class RepresentativeSearch implements SearchProvider {
        private final ContactsConsole services;

        @org.osgi.service.component.annotations.Activate
        public RepresentativeSearch(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            this.services = services;
        }

        @Override
        public String title() {
            return ContactsConsole.TEXTS.get("representatives.title");
        }

        @Override
        public Optional<String> permission() {
            return Optional.of(Representatives.READ);
        }

        @Override
        public List<SearchHit> search(String text, int limit) {
            return services.representatives.list(new PageRequest(0, limit, List.of(), List.of(),
                            Optional.of(text))).items().stream()
                    .map(r -> new SearchHit(r.displayName(), RepresentativesView.worksAt(r),
                            "contacts/representatives/" + r.id()))
                    .toList();
        }

        @Override
        public Optional<SearchHit> find(org.cairncrm.platform.api.RecordRef record) {
            if (!record.type().equals(Representatives.TYPE)) {
                return Optional.empty();
            }
            var r = services.representatives.get(record.id());
            return Optional.of(new SearchHit(r.displayName(), RepresentativesView.worksAt(r),
                    "contacts/representatives/" + r.id()));
        }
    }

}
