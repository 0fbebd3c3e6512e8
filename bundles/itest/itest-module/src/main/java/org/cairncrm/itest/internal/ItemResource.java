package org.cairncrm.itest.internal;

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
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "itest", description = "Items of the integration-test module")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=itest")
public class ItemResource implements RestResource {

    private static final int EXPORT_MAX = 10_000;

    private final ItemStore store;

    @Activate
    public ItemResource(@Reference ItemStore store) {
        this.store = store;
    }

    @GET
    @RequiresPermission(ItestPermissions.READ)
    @Operation(summary = "A page of the items you may see (itest.item.read)")
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
    @Path("count")
    @RequiresPermission(ItestPermissions.READ)
    @Operation(summary = "How many of the items you may see match (itest.item.read)")
    public Map<String, Long> count(@QueryParam("filter") List<String> filter, @QueryParam("q") String q) {
        return Map.of("count", store.count(PageRequest.parse(null, null, null, filter, q)));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RequiresPermission(ItestPermissions.EXPORT)
    @Operation(summary = "The items you may see that match, as CSV, at most 10000 (itest.item.export)")
    public Response export(@QueryParam("sort") String sort, @QueryParam("filter") List<String> filter,
                           @QueryParam("q") String q) {
        List<ItemData> items = store.export(PageRequest.parse(null, null, sort, filter, q), EXPORT_MAX);
        StringBuilder csv = new StringBuilder("id,name,quantity,dueDate,lineOfBusiness,ownerId\r\n");
        for (ItemData item : items) {
            csv.append(item.id()).append(',').append(csvText(item.name())).append(',').append(item.quantity())
                    .append(',').append(item.dueDate() == null ? "" : item.dueDate()).append(',')
                    .append(item.lineOfBusiness()).append(',').append(item.ownerId() == null ? "" : item.ownerId())
                    .append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"items.csv\"").build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ItestPermissions.READ)
    @Operation(summary = "One item; 404 also when you may not see it (itest.item.read)")
    public ItemData get(@PathParam("id") long id) {
        return store.get(id);
    }

    @POST
    @RequiresPermission(ItestPermissions.CREATE)
    @Operation(summary = "Create an item, owned by you; answers 201 with its address (itest.item.create)")
    public Response create(ItemData data) {
        ItemData created = store.create(RestResource.requireBody(data, "an item"));
        return Response.created(URI.create("items/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(ItestPermissions.UPDATE)
    @Operation(summary = "Change an item; the body's version must be the one read, else 409 (itest.item.update)")
    public ItemData update(@PathParam("id") long id, ItemData data) {
        return store.update(id, RestResource.requireBody(data, "an item"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(ItestPermissions.DELETE)
    @Operation(summary = "Delete an item (itest.item.delete)")
    public Response delete(@PathParam("id") long id) {
        store.delete(id);
        return Response.noContent().build();
    }

    private static String csvText(String text) {
        if (text == null) {
            return "";
        }
        // a leading = + - @ would be run as a formula by spreadsheets
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
