package org.cairncrm.platform.people;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * The employees of the company, as an OSGi service. It does not check the caller's permissions: the REST API and the
 * console do that first ({@code people.employee.read}, {@code .write}, {@code .delete}).
 */
public interface Employees {

    /** Sortable and filterable fields: firstName, lastName, position, department, email, active, birthday. */
    Page<EmployeeData> list(PageRequest request);

    /** The staff the caller may see, by last name (at most {@link PageRequest#MAX_SIZE}): for choosing one. */
    default java.util.List<EmployeeData> staff() {
        return list(new PageRequest(0, PageRequest.MAX_SIZE, java.util.List.of(
                org.cairncrm.platform.api.paging.Sort.asc("lastName")), java.util.List.of(),
                java.util.Optional.empty())).items();
    }

    /** @throws org.cairncrm.platform.api.error.RecordNotFoundException when there is none */
    EmployeeData get(long id);

    /** @throws org.cairncrm.platform.api.error.ValidationException naming each wrong field */
    EmployeeData create(EmployeeData data);

    /** {@code data.version()} must be the version read, else a ConflictException. */
    EmployeeData update(long id, EmployeeData data);

    /** Only an employee without accounts and without people to supervise; else a ConflictException. */
    void delete(long id);
}
