package org.cairncrm.contacts.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class GroupResource implements RestResource {

    /** The records to add to or take out of a group. */
    @Schema(name = "GroupMembers")
    public record Members(@Schema(description = "ids of companies or representatives, after the group's kind")
                          List<Long> ids) {
    }

    private final ContactGroups groups;

    @Activate
    public GroupResource(@Reference ContactGroups groups) {
        this.groups = groups;
    }

    @GET
    @RequiresPermission(ContactGroups.READ)
    @Operation(summary = "Contact groups; filter kind:eq:COMPANIES or kind:eq:REPRESENTATIVES (contacts.group.read)")
    public Page<ContactGroupData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                       @QueryParam("sort") String sort,
                                       @Parameter(description = "field:op:value on name, kind")
                                       @QueryParam("filter") List<String> filter, @QueryParam("q") String q) {
        return groups.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ContactGroups.READ)
    @Operation(summary = "One group with its member count (contacts.group.read)")
    public ContactGroupData get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @POST
    @RequiresPermission(ContactGroups.MANAGE)
    @Operation(summary = "Create a group of companies or of representatives (contacts.group.manage)")
    public Response create(ContactGroupData data) {
        ContactGroupData created = groups.create(RestResource.requireBody(data, "a group"));
        return Response.created(URI.create("groups/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(ContactGroups.MANAGE)
    @Operation(summary = "Rename or describe a group; the version must be the one read (contacts.group.manage)")
    public ContactGroupData update(@PathParam("id") long id, ContactGroupData data) {
        return groups.update(id, RestResource.requireBody(data, "a group"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(ContactGroups.MANAGE)
    @Operation(summary = "Delete a group; its members stay (contacts.group.manage)")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/members")
    @RequiresPermission(ContactGroups.MANAGE)
    @Operation(summary = "Add records to the group; answers how many were added (contacts.group.manage)")
    public Map<String, Integer> add(@PathParam("id") long id, Members members) {
        return Map.of("added", groups.add(id, RestResource.requireBody(members, "the ids").ids()));
    }

    @POST
    @Path("{id}/members/remove")
    @RequiresPermission(ContactGroups.MANAGE)
    @Operation(summary = "Take records out of the group; answers how many were in it (contacts.group.manage)")
    public Map<String, Integer> remove(@PathParam("id") long id, Members members) {
        return Map.of("removed", groups.remove(id, RestResource.requireBody(members, "the ids").ids()));
    }
}
