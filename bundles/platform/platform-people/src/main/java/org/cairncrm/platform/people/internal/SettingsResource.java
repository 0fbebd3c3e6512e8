package org.cairncrm.platform.people.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Settings: each answer says the value in force for the caller and where it comes from. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class SettingsResource implements RestResource {

    @Schema(name = "SettingValue")
    public record Value(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String value) {
    }

    private final SettingsStore settings;

    @Activate
    public SettingsResource(@Reference SettingsStore settings) {
        this.settings = settings;
    }

    @GET
    @RequiresSignIn
    @Operation(summary = "Every setting with its default, global and personal value and the value in force "
            + "(signed in)")
    public List<SettingsStore.SettingView> all() {
        return settings.all(Access.signedIn().employeeId());
    }

    @GET
    @Path("{key}")
    @RequiresSignIn
    @Operation(summary = "One setting and the value in force for you (signed in)")
    public SettingsStore.SettingView one(@PathParam("key") String key) {
        return settings.one(key, Access.signedIn().employeeId());
    }

    @PUT
    @Path("{key}/personal")
    @RequiresSignIn
    @Operation(summary = "Set your own value of a personal setting (signed in)")
    public SettingsStore.SettingView setPersonal(@PathParam("key") String key, Value value) {
        return settings.set(key, Access.signedIn().employeeId(), required(value));
    }

    @DELETE
    @Path("{key}/personal")
    @RequiresSignIn
    @Operation(summary = "Drop your own value: the global value or the default applies again (signed in)")
    public SettingsStore.SettingView clearPersonal(@PathParam("key") String key) {
        return settings.set(key, Access.signedIn().employeeId(), null);
    }

    @PUT
    @Path("{key}/global")
    @RequiresPermission(PeoplePermissions.SETTINGS_MANAGE)
    @Operation(summary = "Set the global value for everyone without their own (people.settings.manage)")
    public SettingsStore.SettingView setGlobal(@PathParam("key") String key, Value value) {
        return settings.set(key, null, required(value));
    }

    @DELETE
    @Path("{key}/global")
    @RequiresPermission(PeoplePermissions.SETTINGS_MANAGE)
    @Operation(summary = "Drop the global value: the default applies again (people.settings.manage)")
    public SettingsStore.SettingView clearGlobal(@PathParam("key") String key) {
        return settings.set(key, null, null);
    }

    private static String required(Value value) {
        if (value == null || value.value() == null) {
            throw ValidationException.of("value", "must not be empty");
        }
        return value.value();
    }
}
