package org.cairncrm.platform.rest.internal;

import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.api.history.Trail;
import org.cairncrm.platform.api.rest.RequiresSignIn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/<module>/<collection>/<id>/history}, served by the platform for every module: who changed which
 * field from what to what. The caller needs the read key of the record's type ({@code <type>.read}) and must be
 * able to see the record (its data scope at its last change); otherwise 403 or 404.
 */
@Path("/{collection}/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "history", description = "Change history of any record")
public class HistoryResource {

    private final String module;
    private final Supplier<RecordHistory> history;

    HistoryResource(String module, Supplier<RecordHistory> history) {
        this.module = module;
        this.history = history;
    }

    @GET
    @RequiresSignIn
    @Operation(summary = "The change history of one record, newest first (the read key of its type)")
    public Trail history(@PathParam("collection") String collection, @PathParam("id") long id) {
        RecordHistory records = history.get();
        if (records == null) {
            throw new RecordNotFoundException("No history is kept on this server right now");
        }
        Trail trail = records.of(module, collection, id)
                .orElseThrow(() -> new RecordNotFoundException(module + "." + collection, id));
        Identity caller = Access.require(trail.recordType() + ".read");
        if ((trail.owner() != null || trail.line() != null)
                && !caller.scope(trail.recordType()).permits(trail.owner(), trail.line())) {
            throw new RecordNotFoundException(trail.recordType(), id);
        }
        return trail;
    }
}
