package org.cairncrm.contacts.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class DictionaryResource implements RestResource {

    private final Dictionaries dictionaries;

    @Activate
    public DictionaryResource(@Reference Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GET
    @Path("{kind}")
    @RequiresPermission({Companies.READ, Dictionaries.MANAGE})
    @Operation(summary = "The entries of a dictionary: industries, statuses, categories or areas "
            + "(contacts.company.read)")
    public List<DictionaryEntry> entries(@Parameter(description = "industries, statuses, categories or areas")
                                         @PathParam("kind") String kind,
                                         @Parameter(description = "true: inactive entries too")
                                         @QueryParam("inactive") boolean inactive) {
        return dictionaries.entries(kind(kind), inactive);
    }

    @POST
    @Path("{kind}")
    @RequiresPermission(Dictionaries.MANAGE)
    @Operation(summary = "Add an entry (contacts.dictionary.manage)")
    public Response create(@PathParam("kind") String kind, DictionaryEntry entry) {
        DictionaryEntry created = dictionaries.create(kind(kind), RestResource.requireBody(entry, "an entry"));
        return Response.created(URI.create("dictionaries/" + kind + "/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{kind}/{id}")
    @RequiresPermission(Dictionaries.MANAGE)
    @Operation(summary = "Change an entry's label, order or active flag; its code stays (contacts.dictionary.manage)")
    public DictionaryEntry update(@PathParam("kind") String kind, @PathParam("id") long id, DictionaryEntry entry) {
        kind(kind);
        return dictionaries.update(id, RestResource.requireBody(entry, "an entry"));
    }

    /** "industries" as INDUSTRY; an unknown name is a missing resource. */
    private static DictionaryKind kind(String plural) {
        String name = plural.toUpperCase(Locale.ROOT);
        String singular = name.endsWith("IES") ? name.substring(0, name.length() - 3) + "Y"
                : name.endsWith("ES") && name.startsWith("STATUS") ? name.substring(0, name.length() - 2)
                : name.endsWith("S") ? name.substring(0, name.length() - 1) : name;
        try {
            return DictionaryKind.valueOf(singular);
        } catch (IllegalArgumentException unknown) {
            throw new RecordNotFoundException("No dictionary '" + plural
                    + "'; there are industries, statuses, categories and areas");
        }
    }
}
