package org.cairncrm.platform.people.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.records.MergeField;
import org.cairncrm.platform.api.records.SavedFilterData;
import org.cairncrm.platform.api.records.SelectionData;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Selections, saved filters and the record sources, per signed-in user. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class SelectionResource implements RestResource {

    /** A record source as clients see it. */
    public record Source(String recordType, String title, List<MergeField> fields) {
    }

    private final SelectionStore store;

    @Activate
    public SelectionResource(@Reference SelectionStore store) {
        this.store = store;
    }

    @GET
    @Path("record-sources")
    @RequiresSignIn
    @Operation(summary = "The kinds of record installed modules offer for selections, with their merge fields")
    public List<Source> sources() {
        return store.sources().stream().map(s -> new Source(s.recordType(), s.title(), s.fields())).toList();
    }

    @GET
    @Path("selections")
    @RequiresSignIn
    @Operation(summary = "Your selections and the shared ones, optionally of one record type, newest first")
    public List<SelectionData> selections(@QueryParam("type") String type) {
        return store.list(type);
    }

    @POST
    @Path("selections")
    @RequiresSignIn
    @Operation(summary = "Save records as a selection: {name, recordType, ids, shared}")
    public Response create(SelectionData selection) {
        SelectionData created = store.create(RestResource.requireBody(selection, "a selection"));
        return Response.created(URI.create("selections/" + created.id())).entity(created).build();
    }

    @GET
    @Path("selections/{id}")
    @RequiresSignIn
    @Operation(summary = "A selection with its record ids")
    public SelectionData selection(@PathParam("id") long id) {
        SelectionData selection = store.get(id);
        return new SelectionData(selection.id(), selection.name(), selection.recordType(), selection.shared(),
                selection.owner(), selection.size(), selection.createdAt(), store.ids(id));
    }

    @GET
    @Path("selections/{id}/rows")
    @RequiresSignIn
    @Operation(summary = "The selection's records as rows of merge fields (those you may see)")
    public List<Map<String, Object>> rows(@PathParam("id") long id) {
        return store.rows(id);
    }

    @DELETE
    @Path("selections/{id}")
    @RequiresSignIn
    @Operation(summary = "Delete your selection (or anyone's with people.selection.manage)")
    public Response delete(@PathParam("id") long id) {
        store.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("saved-filters")
    @RequiresSignIn
    @Operation(summary = "Your saved filters of a list and the shared ones")
    public List<SavedFilterData> filters(@QueryParam("list") String list) {
        return store.forList(list == null ? "" : list);
    }

    @POST
    @Path("saved-filters")
    @RequiresSignIn
    @Operation(summary = "Save a list's search: {name, listKey, query, filters, sort, shared}")
    public Response save(SavedFilterData filter) {
        SavedFilterData saved = store.save(RestResource.requireBody(filter, "a filter"));
        return Response.created(URI.create("saved-filters/" + saved.id())).entity(saved).build();
    }

    @DELETE
    @Path("saved-filters/{id}")
    @RequiresSignIn
    @Operation(summary = "Remove your saved filter (or anyone's with people.selection.manage)")
    public Response remove(@PathParam("id") long id) {
        store.remove(id);
        return Response.noContent().build();
    }
}
