package org.cairncrm.platform.people;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/** Employee groups, as an OSGi service; callers check people.group.read / .manage first. */
public interface EmployeeGroups {

    /** Sortable and filterable by name, kind. */
    Page<GroupData> list(PageRequest request);

    GroupData get(long id);

    GroupData create(GroupData data);

    GroupData update(long id, GroupData data);

    /** Deletes the group and the roles granted through it. */
    void delete(long id);
}
