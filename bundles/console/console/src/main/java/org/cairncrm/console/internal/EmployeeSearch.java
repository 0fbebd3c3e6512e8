package org.cairncrm.console.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.SearchProvider;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.Employees;

/** Employees in the global search, for those who may read them. */
final class EmployeeSearch implements SearchProvider {

    private final Employees employees;

    EmployeeSearch(Employees employees) {
        this.employees = employees;
    }

    @Override
    public String title() {
        return Texts.get("employees.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("people.employee.read");
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return employees.list(new PageRequest(0, limit, List.of(), List.of(), Optional.of(text))).items().stream()
                .map(e -> new SearchHit(e.fullName(),
                        e.department() == null ? "" : e.department(), "admin/employees/" + e.id()))
                .toList();
    }
}
