package org.cairncrm.journal.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The journal's admin-edited lists: case types, statuses, step kinds, stages, entry-form fields. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "journal")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=journal")
public class SettingsResource implements RestResource {

    private static final String KINDS = "types, statuses, steps, stages or fields";

    private final JournalSettings settings;

    @Activate
    public SettingsResource(@Reference JournalSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("{kind}")
    @RequiresPermission(Journal.READ)
    @Operation(summary = "One list in its order: types, statuses, steps, stages (of ?type=) or fields (of ?type=, "
            + "none: of every case) (journal.case.read)")
    public List<JournalSetting> list(@PathParam("kind") String kind,
                                     @Parameter(description = "the case type of stages and fields")
                                     @QueryParam("type") String type) {
        return settings.list(kind(kind), type);
    }

    @PUT
    @Path("{kind}/{code}")
    @RequiresPermission(JournalSettings.MANAGE)
    @Operation(summary = "Add or change an entry (journal.settings.manage)")
    public JournalSetting save(@PathParam("kind") String kind, @PathParam("code") String code,
                               @QueryParam("type") String type, JournalSetting body) {
        JournalSetting s = RestResource.requireBody(body, "the entry");
        return settings.save(new JournalSetting(kind(kind), type != null ? type : s.parent(), code, s.label(),
                s.position(), s.active(), s.strictStages(), s.closed(), s.required(), s.enteredByStep(),
                s.fieldKind(), s.options(), s.wide()));
    }

    @DELETE
    @Path("{kind}/{code}")
    @RequiresPermission(JournalSettings.MANAGE)
    @Operation(summary = "Remove an entry no case uses; 409 when one does (journal.settings.manage)")
    public Response remove(@PathParam("kind") String kind, @PathParam("code") String code,
                           @QueryParam("type") String type) {
        settings.remove(kind(kind), type, code);
        return Response.noContent().build();
    }

    private static Kind kind(String path) {
        return switch (path.toLowerCase(Locale.ROOT)) {
            case "types" -> Kind.TYPE;
            case "statuses" -> Kind.STATUS;
            case "steps" -> Kind.STEP;
            case "stages" -> Kind.STAGE;
            case "fields" -> Kind.FIELD;
            default -> throw ValidationException.of("kind", "must be " + KINDS);
        };
    }
}
