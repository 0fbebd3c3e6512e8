package org.cairncrm.journal.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalEntry;
import org.cairncrm.journal.JournalQuery;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The journal of a company or a representative, and a company's printable history. */
@Path("/")
@Tag(name = "journal")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=journal")
public class EntryResource implements RestResource {

    private final Journal journal;

    @Activate
    public EntryResource(@Reference Journal journal) {
        this.journal = journal;
    }

    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(Journal.READ)
    @Operation(summary = "A company's or a representative's journal: cases opened, steps, stages reached and "
            + "outstanding next actions, newest first (journal.case.read)")
    public List<JournalEntry> entries(@QueryParam("companyId") Long companyId,
                                      @QueryParam("representativeId") Long representativeId,
                                      @Parameter(description = "true: only the next actions still to do, soonest "
                                              + "first") @QueryParam("outstanding") boolean outstanding,
                                      @Parameter(description = "a case type's code") @QueryParam("type") String type,
                                      @Parameter(description = "only this employee's entries")
                                      @QueryParam("employeeId") Long employeeId,
                                      @Parameter(description = "from this day, YYYY-MM-DD") @QueryParam("from")
                                      String from,
                                      @Parameter(description = "to this day inclusive, YYYY-MM-DD")
                                      @QueryParam("to") String to) {
        return journal.journal(new JournalQuery(companyId, representativeId, outstanding, type, employeeId,
                RestResource.dateParam(from, "from"), RestResource.dateParam(to, "to")));
    }

    @GET
    @Path("customer-history/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @RequiresPermission(Journal.READ)
    @Operation(summary = "A company's full history as a printable HTML page (journal.case.read)")
    public String history(@PathParam("id") long id) {
        return journal.customerHistory(id);
    }
}
