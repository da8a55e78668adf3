package org.grantwise.interfaces.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.OrganisationService;
import org.grantwise.application.ProjectService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.interfaces.assessment.rest.AssessmentJson;

/**
 * Funded projects: applicants see their own once decisions are released; staff see all released
 * ones.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
public class ProjectResource {

  @Inject ProjectService fundedProjects;

  @Inject OrganisationService organisations;

  @GET
  @Operation(
      summary = "Funded projects with primaryTheme, coProductionModel, organisation and amounts")
  public JsonArray all() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (FundedProject p : fundedProjects.projects()) {
      list.add(AssessmentJson.project(p, organisations.name(p.getOrganisationId())));
    }
    return list.build();
  }

  @GET
  @Path("/{projectRef}")
  @Operation(summary = "One funded project")
  public JsonObject one(@PathParam("projectRef") String projectRef) {
    FundedProject p = fundedProjects.project(projectRef);
    return AssessmentJson.project(p, organisations.name(p.getOrganisationId()));
  }
}
