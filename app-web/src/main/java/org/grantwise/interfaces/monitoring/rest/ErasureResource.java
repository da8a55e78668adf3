package org.grantwise.interfaces.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.MonitoringService;
import org.grantwise.domain.model.account.Role;

/** A respondent's request to be forgotten, for one funded project. */
@Path("/projects/{projectRef}/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class ErasureResource {

  @Inject MonitoringService monitoring;

  @POST
  @Operation(
      summary =
          "A respondent's erasure request {respondentRef}: their records lose the code that links"
              + " them to the person; answers {erased: n}")
  public JsonObject erase(@PathParam("projectRef") String projectRef, JsonObject body) {
    String ref =
        body != null && body.get("respondentRef") instanceof jakarta.json.JsonString s
            ? s.getString()
            : null;
    return Json.createObjectBuilder().add("erased", monitoring.erase(projectRef, ref)).build();
  }
}
