package org.cairncrm.itest.internal;

import java.util.List;

import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.cairncrm.platform.api.access.ScopedType;
import org.osgi.service.component.annotations.Component;

/** The keys of the integration-test module; items are limited by data scope. */
@Component
public class ItestPermissions implements PermissionContribution {

    static final String READ = "itest.item.read";
    static final String CREATE = "itest.item.create";
    static final String UPDATE = "itest.item.update";
    static final String DELETE = "itest.item.delete";
    static final String EXPORT = "itest.item.export";

    @Override
    public String module() {
        return "itest";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See items", "GET /api/itest/items, /count, history"),
                new Permission(CREATE, "Add items", "POST /api/itest/items"),
                new Permission(UPDATE, "Change items", "PUT /api/itest/items/{id}"),
                new Permission(DELETE, "Delete items", "DELETE /api/itest/items/{id}"),
                new Permission(EXPORT, "Export items to CSV", "GET /api/itest/items/export"));
    }

    @Override
    public List<ScopedType> scopedTypes() {
        return List.of(new ScopedType(ItemStore.TYPE, "Items"));
    }
}
