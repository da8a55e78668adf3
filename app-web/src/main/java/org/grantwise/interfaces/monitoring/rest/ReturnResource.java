package org.grantwise.interfaces.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.ReturnService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.monitoring.MonitoringReturn;
import org.grantwise.domain.model.shared.FieldError;

/**
 * Monitoring returns, one per reporting period (identified by its due date): the project's
 * organisation drafts and submits, officers accept or query, staff list the overdue ones.
 */
@Path("/projects/{projectRef}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class ReturnResource {

  @Inject ReturnService returns;

  @GET
  @Operation(
      summary =
          "The project's reporting periods: [{period, from, dueOn, status, overdue, records}]")
  public JsonArray periods(@PathParam("projectRef") String projectRef) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ReturnService.Period p : returns.periods(projectRef)) {
      list.add(
          Json.createObjectBuilder()
              .add("period", p.period())
              .add("from", p.from().toString())
              .add("dueOn", p.dueOn().toString())
              .add("status", p.status().name())
              .add("overdue", p.overdue())
              .add("records", p.records()));
    }
    return list.build();
  }

  @GET
  @Path("/{dueOn}")
  @Operation(summary = "One period's return (an empty draft if not started)")
  public JsonObject one(
      @PathParam("projectRef") String projectRef, @PathParam("dueOn") String dueOn) {
    return json(returns.get(projectRef, date(dueOn)));
  }

  @PUT
  @Path("/{dueOn}")
  @Operation(
      summary =
          "Saves the draft: {participantsReached, activitiesDelivered, whatWorked, barriers,"
              + " enablers, unexpectedResults, coProductionChanges}")
  public JsonObject save(
      @PathParam("projectRef") String projectRef,
      @PathParam("dueOn") String dueOn,
      JsonObject body) {
    LocalDate due = date(dueOn);
    returns.checkWritable(projectRef, due);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    Integer participants = null;
    if (b.get("participantsReached") instanceof JsonNumber n) {
      participants = n.isIntegral() ? n.intValue() : null;
    }
    if (b.containsKey("participantsReached")
        && b.get("participantsReached") != JsonValue.NULL
        && participants == null) {
      throw new ValidationFailedException(
          List.of(new FieldError("participantsReached", "Give a whole number of participants")));
    }
    MonitoringReturn.Content content =
        new MonitoringReturn.Content(
            participants,
            text(b, "activitiesDelivered"),
            text(b, "whatWorked"),
            text(b, "barriers"),
            text(b, "enablers"),
            text(b, "unexpectedResults"),
            text(b, "coProductionChanges"));
    return json(returns.save(projectRef, due, content));
  }

  @POST
  @Path("/{dueOn}/submit")
  @Operation(summary = "Submits the return; 422 lists the missing parts")
  public JsonObject submit(
      @PathParam("projectRef") String projectRef, @PathParam("dueOn") String dueOn) {
    return json(returns.submit(projectRef, date(dueOn)));
  }

  @POST
  @Path("/{dueOn}/accept")
  @RolesAllowed(Role.Names.OFFICER)
  @Operation(summary = "An officer accepts a submitted return")
  public JsonObject accept(
      @PathParam("projectRef") String projectRef, @PathParam("dueOn") String dueOn) {
    return json(returns.accept(projectRef, date(dueOn)));
  }

  @POST
  @Path("/{dueOn}/query")
  @RolesAllowed(Role.Names.OFFICER)
  @Operation(summary = "An officer queries a submitted return {query}; it goes back to the project")
  public JsonObject query(
      @PathParam("projectRef") String projectRef,
      @PathParam("dueOn") String dueOn,
      JsonObject body) {
    return json(returns.query(projectRef, date(dueOn), body == null ? null : text(body, "query")));
  }

  static JsonObject json(MonitoringReturn r) {
    MonitoringReturn.Content c = r.content();
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("dueOn", r.getDueOn().toString()).add("status", r.getStatus().name());
    if (c.participantsReached() == null) {
      o.addNull("participantsReached");
    } else {
      o.add("participantsReached", c.participantsReached());
    }
    add(o, "activitiesDelivered", c.activitiesDelivered());
    add(o, "whatWorked", c.whatWorked());
    add(o, "barriers", c.barriers());
    add(o, "enablers", c.enablers());
    add(o, "unexpectedResults", c.unexpectedResults());
    add(o, "coProductionChanges", c.coProductionChanges());
    add(o, "query", r.getQuery());
    add(o, "submittedBy", r.getSubmittedBy());
    add(o, "reviewedBy", r.getReviewedBy());
    return o.build();
  }

  private static void add(JsonObjectBuilder o, String field, String value) {
    if (value == null) {
      o.addNull(field);
    } else {
      o.add(field, value);
    }
  }

  private static String text(JsonObject o, String field) {
    return o.get(field) instanceof JsonString s ? s.getString() : null;
  }

  private static LocalDate date(String dueOn) {
    try {
      return LocalDate.parse(dueOn);
    } catch (DateTimeParseException e) {
      throw new NotFoundException("There is no reporting period due on " + dueOn);
    }
  }
}
