package org.grantwise.interfaces.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.ReturnService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.monitoring.ReturnRepository;

/** Monitoring returns across projects, for the fund's staff. */
@Path("/returns/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueReturnResource {

  @Inject ReturnService returns;

  @GET
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  @Operation(summary = "Periods past their due date without a submitted or accepted return")
  public JsonArray overdue() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ReturnRepository.Overdue o : returns.overdue()) {
      list.add(
          Json.createObjectBuilder()
              .add("projectRef", o.projectRef())
              .add("title", o.title())
              .add("period", o.period())
              .add("dueOn", o.dueOn().toString())
              .add("status", o.status().name()));
    }
    return list.build();
  }
}
