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

    /**
     * Adds permission keys and data scopes to the role named {@code name}, keeping what it has (a scope given for a
     * record type replaces the role's); false when there is no such role. Modules give roles their keys with it
     * (their demo data does).
     */
    default boolean extend(String name, java.util.Collection<String> keys,
                           java.util.Map<String, org.cairncrm.platform.api.access.Scope> scopes) {
        // several modules may extend the same role at the same moment (their demo data does at a first start):
        // a change that lost the race is made again on the role as it is now
        for (int attempt = 1; ; attempt++) {
            java.util.List<RoleData> found = list(new PageRequest(0, 1, java.util.List.of(), java.util.List.of(
                    org.cairncrm.platform.api.paging.Filter.eq("name", name)), java.util.Optional.empty())).items();
            if (found.isEmpty()) {
                return false;
            }
            RoleData role = found.get(0);
            java.util.Set<String> permissions = new java.util.LinkedHashSet<>(role.permissions());
            permissions.addAll(keys);
            java.util.Map<String, org.cairncrm.platform.api.access.Scope> all =
                    new java.util.LinkedHashMap<>(role.scopes());
            all.putAll(scopes);
            try {
                update(role.id(), new RoleData(role.id(), role.version(), role.name(), role.label(),
                        role.description(), java.util.List.copyOf(permissions), all, role.linesOfBusiness(), null));
                return true;
            } catch (RuntimeException e) {
                boolean lostRace = false;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    lostRace |= t instanceof org.cairncrm.platform.api.error.ConflictException
                            || t.getClass().getName().contains("OptimisticLock");
                }
                if (!lostRace || attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
