package org.cairncrm.itest.internal;

import java.net.URI;
import java.util.List;

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

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "itest", description = "Items of the integration-test module")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=itest")
public class ItemResource implements RestResource {

    private final ItemStore store;

    @Activate
    public ItemResource(@Reference ItemStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "A page of items")
    public Page<ItemData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                               @Parameter(description = "rows per page, 1 to 500, default 25")
                               @QueryParam("size") String size,
                               @Parameter(description = "fields, '-' for descending: name,-dueDate")
                               @QueryParam("sort") String sort,
                               @Parameter(description = "field:op:value, op one of eq ne lt le gt ge like null notnull")
                               @QueryParam("filter") List<String> filter,
                               @Parameter(description = "quick search in name and note")
                               @QueryParam("q") String q) {
        return store.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item")
    public ItemData get(@PathParam("id") long id) {
        return store.get(id);
    }

    @POST
    @Operation(summary = "Create an item; answers 201 with its address")
    public Response create(ItemData data) {
        ItemData created = store.create(requireBody(data));
        return Response.created(URI.create("items/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an item; the body's version must be the one read, else 409")
    public ItemData update(@PathParam("id") long id, ItemData data) {
        return store.update(id, requireBody(data));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an item")
    public Response delete(@PathParam("id") long id) {
        store.delete(id);
        return Response.noContent().build();
    }

    private static ItemData requireBody(ItemData data) {
        if (data == null) {
            throw org.cairncrm.platform.api.error.ValidationException.of("body", "an item is required");
        }
        return data;
    }
}
