package org.grantwise.interfaces.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.OpenDataService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.interfaces.reports.CmoParameters;
import org.grantwise.interfaces.reports.CsvCell;

/** Open data: awarded grants in the 360Giving Data Standard, as JSON and as CSV. */
@Path("/exports")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class ExportResource {

  /** The standard's column titles, in the order of its CSV template. */
  static final List<String> CSV_COLUMNS =
      List.of(
          "Identifier",
          "Title",
          "Description",
          "Currency",
          "Amount Awarded",
          "Amount Applied For",
          "Award Date",
          "Planned Dates:Start Date",
          "Planned Dates:End Date",
          "Planned Dates:Duration (months)",
          "Recipient Org:Identifier",
          "Recipient Org:Name",
          "Funding Org:Identifier",
          "Funding Org:Name",
          "Grant Programme:Code",
          "Grant Programme:Title");

  @Inject OpenDataService openData;

  @GET
  @Path("/360giving.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Released awards as a 360Giving JSON package {\"grants\": [...]}")
  public Response json(@QueryParam("roundId") String roundId) {
    Long round = CmoParameters.roundId(roundId);
    OpenDataService.Funder funder = openData.funder();
    JsonArrayBuilder grants = Json.createArrayBuilder();
    for (OpenDataService.Grant g : openData.awardedGrants(round)) {
      grants.add(
          Json.createObjectBuilder()
              .add("id", g.id())
              .add("title", g.title())
              .add("description", g.description())
              .add("currency", g.currency())
              .add("amountAwarded", g.amountAwarded())
              .add("amountAppliedFor", g.amountAppliedFor())
              .add("awardDate", g.awardDate().toString())
              .add(
                  "plannedDates",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("startDate", g.plannedStart().toString())
                              .add("endDate", g.plannedEnd().toString())
                              .add("duration", g.durationMonths())))
              .add(
                  "recipientOrganization",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("id", g.recipientId())
                              .add("name", g.recipientName())))
              .add(
                  "fundingOrganization",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("id", funder.id())
                              .add("name", funder.name())))
              .add(
                  "grantProgramme",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("code", g.programmeCode())
                              .add("title", g.programmeTitle()))));
    }
    JsonObject body = Json.createObjectBuilder().add("grants", grants).build();
    return Response.ok(body)
        .header("Content-Disposition", "inline; filename=\"360giving.json\"")
        .build();
  }

  @GET
  @Path("/360giving.csv")
  @Produces("text/csv")
  @Operation(summary = "Released awards as 360Giving CSV, with the standard's column titles")
  public Response csv(@QueryParam("roundId") String roundId) {
    Long round = CmoParameters.roundId(roundId);
    OpenDataService.Funder funder = openData.funder();
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(line(CSV_COLUMNS));
    for (OpenDataService.Grant g : openData.awardedGrants(round)) {
      csv.append(
          line(
              List.of(
                  g.id(),
                  g.title(),
                  g.description(),
                  g.currency(),
                  g.amountAwarded().toPlainString(),
                  g.amountAppliedFor().toPlainString(),
                  g.awardDate().toString(),
                  g.plannedStart().toString(),
                  g.plannedEnd().toString(),
                  String.valueOf(g.durationMonths()),
                  g.recipientId(),
                  g.recipientName(),
                  funder.id(),
                  funder.name(),
                  g.programmeCode(),
                  g.programmeTitle())));
    }
    return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"360giving.csv\"")
        .build();
  }

  private static String line(List<String> cells) {
    return String.join(",", cells.stream().map(CsvCell::of).toList()) + "\r\n";
  }
}
