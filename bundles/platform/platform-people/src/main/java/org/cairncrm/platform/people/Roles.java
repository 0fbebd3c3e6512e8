package org.cairncrm.platform.people;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/** Roles and their grants, as an OSGi service; callers check people.role.read / .manage first. */
public interface Roles {

    /** Sortable and filterable by name, label. */
    Page<RoleData> list(PageRequest request);

    RoleData get(long id);

    RoleData create(RoleData data);

    RoleData update(long id, RoleData data);

    void delete(long id);

    /** Grants, optionally only those of one role, account or group. */
    Page<GrantData> grants(PageRequest request, Long roleId, Long accountId, Long groupId);

    GrantData grant(GrantData data);

    void revoke(long grantId);

    /** The permission keys the installed modules declare, by key. */
    java.util.Map<String, org.cairncrm.platform.api.access.Permission> declaredPermissions();

    /** The record types with data scope of the installed modules, by type. */
    java.util.Map<String, org.cairncrm.platform.api.access.ScopedType> scopedTypes();
}
