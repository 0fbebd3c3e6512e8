package org.cairncrm.platform.people.internal;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.cairncrm.platform.api.rest.RestResource;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lines of business: every signed-in employee may list them (to pick one); only some may change them. */
@Path("/lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class LineResource implements RestResource {

    @Schema(name = "LineOfBusiness")
    public record LineData(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
                           @Schema(description = "version read; required on update") Long version,
                           @Schema(description = "lowercase letters, digits, -; cannot change") String code,
                           String name,
                           @Schema(description = "default true; inactive lines take no new records") Boolean active) {
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final JpaTemplate jpa;
    private final AccessDirectory access;

    @Activate
    public LineResource(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=people)") ModuleSchema schema,
                        @Reference AccessDirectory access) {
        this.jpa = jpa;
        this.access = access;
    }

    @GET
    @RequiresSignIn
    @Operation(summary = "Every line of business (signed in)")
    public List<LineData> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT l FROM LineOfBusiness l ORDER BY l.code", LineOfBusiness.class).getResultList()
                .stream().map(LineResource::data).toList());
    }

    @POST
    @RequiresPermission(PeoplePermissions.LINE_MANAGE)
    @Operation(summary = "Add a line of business (people.line.manage)")
    public Response create(LineData data) {
        RestResource.requireBody(data, "a line of business");
        ValidationException.collect()
                .check(data.code() == null || !CODE.matcher(data.code()).matches(), "code",
                        "must be 1 to 40 lowercase letters, digits or '-', starting with a letter")
                .requireText(data.name(), "name", 100)
                .throwIfAny();
        LineData created = jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT l FROM LineOfBusiness l WHERE l.code = :c", LineOfBusiness.class)
                    .setParameter("c", data.code()).getResultList().isEmpty()) {
                throw ValidationException.of("code", "is already taken");
            }
            LineOfBusiness line = new LineOfBusiness(data.code(), data.name().strip());
            line.change(data.name().strip(), data.active() == null || data.active());
            em.persist(line);
            em.flush();
            return data(line);
        });
        access.changed();
        return Response.created(URI.create("lines/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.LINE_MANAGE)
    @Operation(summary = "Rename or (de)activate a line of business (people.line.manage)")
    public LineData update(@PathParam("id") long id, LineData data) {
        RestResource.requireBody(data, "a line of business");
        ValidationException.collect()
                .check(data.version() == null, "version", "must be the version you read")
                .requireText(data.name(), "name", 100)
                .throwIfAny();
        LineData updated = jpa.txExpr(TransactionType.Required, em -> {
            LineOfBusiness line = find(em, id);
            if (line.getVersion() != data.version()) {
                throw ConflictException.staleVersion("people.line", id, data.version(), line.getVersion());
            }
            if (data.code() != null && !data.code().equals(line.code())) {
                throw ValidationException.of("code", "cannot change; records refer to it");
            }
            line.change(data.name().strip(), data.active() == null || data.active());
            em.flush();
            return data(line);
        });
        access.changed();
        return updated;
    }

    private static LineOfBusiness find(EntityManager em, long id) {
        LineOfBusiness line = em.find(LineOfBusiness.class, id);
        if (line == null) {
            throw new RecordNotFoundException("people.line", id);
        }
        return line;
    }

    private static LineData data(LineOfBusiness l) {
        return new LineData(l.getId(), l.getVersion(), l.code(), l.name(), l.active());
    }
}
