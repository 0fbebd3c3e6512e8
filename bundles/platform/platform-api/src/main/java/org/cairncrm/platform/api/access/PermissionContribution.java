package org.cairncrm.platform.api.access;

import java.util.List;

/**
 * Registered as an OSGi service by every module: the keys it checks and the record types it limits by data scope.
 * Roles keep the keys of a module that is uninstalled; they apply again when it comes back.
 */
public interface PermissionContribution {

    /** The module's name ({@code cairn.module}). */
    String module();

    List<Permission> permissions();

    /** Record types with a line of business and an owner; none by default. */
    default List<ScopedType> scopedTypes() {
        return List.of();
    }
}
