package org.grantwise.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCategory;
import org.grantwise.domain.model.report.CmoQuery;
import org.grantwise.domain.model.report.CmoReport;

/** The review's statistics, live. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
public class ReportResource {

  @Inject ReportService reports;

  @GET
  @Path("/cmo")
  @Operation(
      summary =
          "Percentage of respondents experiencing each item of a category, per group, with N"
              + " (category=CONTEXTS|MECHANISMS|SHORT_TERM_OUTCOMES|LONG_TERM_OUTCOMES"
              + "|SELF_IDENTIFIED_OUTCOMES, by=ALL|PARTICIPANT_TYPE|THEME|CO_PRODUCTION_MODEL"
              + "|ROUND|PROJECT; optional roundId, from, to, projectRef repeated)")
  public CmoReport cmo(
      @QueryParam("category") String category,
      @QueryParam("by") String by,
      @QueryParam("roundId") String roundId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectRef") List<String> projectRefs) {
    CmoQuery query = query(category, by, roundId, from, to, projectRefs);
    return reports.cmo(query);
  }

  /** Reads and checks the parameters; a bad one is a 400 that names it. */
  static CmoQuery query(
      String category,
      String by,
      String roundId,
      String from,
      String to,
      List<String> projectRefs) {
    CmoCategory theCategory = oneOf(CmoCategory.class, "category", category, null);
    Breakdown breakdown = oneOf(Breakdown.class, "by", by, Breakdown.ALL);
    Long round = null;
    if (roundId != null && !roundId.isBlank()) {
      try {
        round = Long.parseLong(roundId.trim());
      } catch (NumberFormatException e) {
        throw badParameter("roundId", "roundId must be a round's id, a whole number");
      }
    }
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw badParameter("from", "from must not be after to");
    }
    List<String> refs =
        projectRefs == null
            ? List.of()
            : projectRefs.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::trim)
                .toList();
    for (String ref : refs) {
      if (!ref.matches("[A-Z]{2,5}-\\d{4}-\\d{4}")) {
        throw badParameter("projectRef", "projectRef " + ref + " is not a project reference");
      }
    }
    return new CmoQuery(theCategory, breakdown, round, start, end, refs);
  }

  private static <E extends Enum<E>> E oneOf(
      Class<E> type, String parameter, String value, E fallback) {
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    if (value == null || value.isBlank()) {
      if (fallback != null) {
        return fallback;
      }
      throw badParameter(parameter, parameter + " is required: one of " + allowed);
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw badParameter(parameter, parameter + " must be one of " + allowed);
    }
  }

  private static LocalDate date(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw badParameter(parameter, parameter + " must be a date as YYYY-MM-DD");
    }
  }

  private static WebApplicationException badParameter(String parameter, String message) {
    return new WebApplicationException(
        Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new BadParameter("Bad Request", message, parameter))
            .build());
  }

  /** A 400 body that says which parameter is wrong. */
  public record BadParameter(String error, String message, String parameter) {}
}
