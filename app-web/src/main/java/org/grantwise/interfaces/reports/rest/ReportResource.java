package org.grantwise.interfaces.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.interfaces.reports.CmoParameters;

/** The review's statistics, live. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
public class ReportResource {

  @Inject ReportService reports;

  /** A 400 body that says which parameter is wrong. */
  public record BadParameter(String error, String message, String parameter) {}

  @GET
  @Path("/cmo")
  @Operation(
      summary =
          "Percentage of respondents experiencing each item of a category, per group, with N"
              + " (category=CONTEXTS|MECHANISMS|SHORT_TERM_OUTCOMES|LONG_TERM_OUTCOMES"
              + "|SELF_IDENTIFIED_OUTCOMES, by=ALL|PARTICIPANT_TYPE|THEME|CO_PRODUCTION_MODEL"
              + "|ROUND|PROJECT|COM_B_FOCUS|DOMAIN; optional roundId, from, to, projectRef repeated)")
  public Response cmo(
      @QueryParam("category") String category,
      @QueryParam("by") String by,
      @QueryParam("roundId") String roundId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectRef") List<String> projectRefs,
      @QueryParam("theme") String theme,
      @QueryParam("model") String model) {
    return Response.ok(
            reports.cmo(
                CmoParameters.parse(category, by, roundId, from, to, projectRefs, theme, model)))
        .build();
  }

  @GET
  @Path("/co-production-change")
  @Operation(
      summary =
          "Respondents' move on the co-production ladder (before → now) as a matrix, and per"
              + " project how many moved up at least one rung; optional roundId, from, to,"
              + " projectRef")
  public Response coProductionChange(
      @QueryParam("roundId") String roundId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectRef") List<String> projectRefs,
      @QueryParam("theme") String theme,
      @QueryParam("model") String model) {
    return Response.ok(
            reports.ladder(
                CmoParameters.parseFilters(roundId, from, to, projectRefs, theme, model)))
        .build();
  }

  @GET
  @Path("/aims-vs-outcomes")
  @Operation(
      summary =
          "Per funded project: the short- and long-term outcomes it aimed for against the share"
              + " of its respondents reporting each; optional roundId, from, to, projectRef")
  public Response aimsAgainstOutcomes(
      @QueryParam("roundId") String roundId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectRef") List<String> projectRefs,
      @QueryParam("theme") String theme,
      @QueryParam("model") String model) {
    return Response.ok(
            reports.aimsAgainstOutcomes(
                CmoParameters.parseFilters(roundId, from, to, projectRefs, theme, model)))
        .build();
  }

  @GET
  @Path("/coverage")
  @Operation(
      summary =
          "Per funded project: respondents with records against participants reached in its"
              + " submitted returns, the response rate and whether it is low (under 30%)")
  public Response coverage(
      @QueryParam("roundId") String roundId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectRef") List<String> projectRefs,
      @QueryParam("theme") String theme,
      @QueryParam("model") String model) {
    return Response.ok(
            reports.coverage(
                CmoParameters.parseFilters(roundId, from, to, projectRefs, theme, model)))
        .build();
  }
}
