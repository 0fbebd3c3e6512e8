package org.cairncrm.platform.rest.internal;

import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.HealthReport;
import org.cairncrm.platform.api.HealthStatus;
import org.cairncrm.platform.api.ModuleInfo;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.PlatformHealth;
import org.cairncrm.platform.api.rest.PublicAccess;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RequiresSignIn;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The platform's own resources: health, installed modules and the API description. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "Health, installed modules and this API's description")
public class PlatformResource {

    private final PlatformHealth health;
    private final ModuleRegistry modules;
    private final Supplier<JsonNode> openApi;

    public PlatformResource(PlatformHealth health, ModuleRegistry modules, Supplier<JsonNode> openApi) {
        this.health = health;
        this.modules = modules;
        this.openApi = openApi;
    }

    @GET
    @Path("health")
    @PublicAccess
    @Operation(summary = "State of the platform, its database and every installed module; no sign-in needed",
            responses = {
                @ApiResponse(responseCode = "200", description = "UP or DEGRADED (some module not active)",
                        content = @Content(schema = @Schema(implementation = HealthReport.class))),
                @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer",
                        content = @Content(schema = @Schema(implementation = HealthReport.class)))})
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.status() == HealthStatus.DOWN ? 503 : 200).entity(report).build();
    }

    @GET
    @Path("modules")
    @RequiresPermission(PlatformPermissions.MODULES_READ)
    @Operation(summary = "Installed Cairn modules with version and state (platform.modules.read)",
            responses = {
                @ApiResponse(responseCode = "200", description = "the modules", content = @Content(
                        array = @ArraySchema(schema = @Schema(implementation = ModuleInfo.class)))),
                @ApiResponse(responseCode = "401", description = "not signed in"),
                @ApiResponse(responseCode = "403", description = "without platform.modules.read")})
    public List<ModuleInfo> modules() {
        return modules.modules();
    }

    @GET
    @Path("openapi.json")
    @RequiresSignIn
    @Operation(summary = "OpenAPI 3 description of every resource published now (signed in)")
    public JsonNode openApi() {
        return openApi.get();
    }
}
