package org.cairncrm.platform.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.ScopedType;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/permissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class PermissionResource implements RestResource {

    /**
     * @param installed false for a key kept in roles whose module is not installed now
     */
    @Schema(name = "PermissionKey")
    public record Key(String key, String module, String label, String guards, boolean installed) {
    }

    @Schema(name = "Permissions")
    public record Catalog(List<Key> permissions, List<ScopedType> scopedTypes) {
    }

    private final PermissionCatalog catalog;
    private final RoleRegister roles;

    @Activate
    public PermissionResource(@Reference PermissionCatalog catalog, @Reference RoleRegister roles) {
        this.catalog = catalog;
        this.roles = roles;
    }

    @GET
    @RequiresPermission(PeoplePermissions.ROLE_READ)
    @Operation(summary = "Every permission key of the installed modules, the keys roles keep of modules not "
            + "installed, and the record types with data scope (people.role.read)")
    public Catalog permissions() {
        Map<String, Permission> declared = catalog.permissions();
        List<Key> keys = new ArrayList<>();
        declared.values().forEach(p -> keys.add(new Key(p.key(), p.module(), p.label(), p.guards(), true)));
        Set<String> stored = roles.storedKeys();
        stored.stream().filter(k -> !declared.containsKey(k) && !k.equals(Permission.EVERYTHING))
                .forEach(k -> keys.add(new Key(k, k.substring(0, k.indexOf('.')), k, "", false)));
        return new Catalog(keys, List.copyOf(catalog.scopedTypes().values()));
    }
}
