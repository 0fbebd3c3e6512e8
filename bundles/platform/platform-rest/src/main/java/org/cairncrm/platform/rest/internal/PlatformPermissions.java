package org.cairncrm.platform.rest.internal;

import java.util.List;

import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** The platform's own keys. */
@Component
public class PlatformPermissions implements PermissionContribution {

    static final String MODULES_READ = "platform.modules.read";

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(MODULES_READ, "See the installed modules and their state",
                "GET /api/modules"),
                new Permission("platform.jobs.read", "Follow and cancel everyone's background jobs",
                        "GET /api/jobs/{id}, POST /api/jobs/{id}/cancel"));
    }
}
