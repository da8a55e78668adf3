package org.grantwise.interfaces.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.AssessmentInput;
import org.grantwise.application.AssessmentService;
import org.grantwise.application.AssignmentService;
import org.grantwise.application.DecisionInput;
import org.grantwise.application.DecisionService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.Score;
import org.grantwise.domain.model.shared.FieldError;

/**
 * Assessment over the API, at the address of the application it is about ({@code
 * /api/applications/{id}/...}): assigning officers, declaring conflicts, scoring, moderating and
 * deciding. It shares its root path with {@code ApplicationResource}; JAX-RS matches the methods of
 * both.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  @Inject AssignmentService assignments;

  @Inject AssessmentService assessments;

  @Inject DecisionService decisions;

  @POST
  @Path("/{id}/assignment")
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  @Operation(summary = "Assign an officer and optionally a moderator: {\"officer\", \"moderator\"}")
  public Response assign(@PathParam("id") long id, JsonObject body) {
    JsonObject request = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    Assignment assignment =
        assignments.assign(id, text(request, "officer"), text(request, "moderator"));
    return Response.ok(
            Json.createObjectBuilder()
                .add("applicationId", id)
                .add("officer", assignment.getOfficer())
                .add(
                    "moderator",
                    assignment.getModerator() == null
                        ? JsonValue.NULL
                        : Json.createValue(assignment.getModerator()))
                .build())
        .build();
  }

  @POST
  @Path("/{id}/conflict-declaration")
  @RolesAllowed(Role.Names.OFFICER)
  @Operation(
      summary =
          "Declare {\"conflict\": false} or {\"conflict\": true, \"reason\"} before reading or scoring")
  public Response declare(@PathParam("id") long id, JsonObject body) {
    if (body == null
        || !body.containsKey("conflict")
        || !(body.get("conflict") == JsonValue.TRUE || body.get("conflict") == JsonValue.FALSE)) {
      throw new ValidationFailedException(
          List.of(
              new FieldError(
                  "conflict", "Say whether you have a conflict of interest: true or false")));
    }
    ConflictDeclaration declaration =
        assignments.declare(id, body.getBoolean("conflict"), text(body, "reason"));
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("applicationId", id)
                .add("officer", declaration.getOfficer())
                .add("conflict", declaration.isConflict())
                .build())
        .build();
  }

  @POST
  @Path("/{id}/moderation")
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  @Operation(
      summary =
          "Record the moderated score {\"score\": 0-100, \"note\"} when two assessments differ"
              + " by more than the round's threshold (a manager or the moderator)")
  public Response moderate(@PathParam("id") long id, JsonObject body) {
    JsonValue score = body == null ? null : body.get("score");
    if (score != null && score.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new ValidationFailedException(
          List.of(new FieldError("score", "Give the moderated score as a number from 0 to 100")));
    }
    Moderation moderation =
        assessments.moderate(
            id,
            score == null ? null : ((JsonNumber) score).bigDecimalValue(),
            body == null ? null : text(body, "note"));
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("applicationId", id)
                .add("moderatedScore", moderation.getModeratedTotal())
                .add("agreedBy", moderation.getAgreedBy())
                .build())
        .build();
  }

  @POST
  @Path("/{id}/assessments")
  @RolesAllowed(Role.Names.OFFICER)
  @Operation(
      summary =
          "Save the caller's assessment: {scores: [{criterion, score, justification}],"
              + " coProductionModel, modelReason, recommendation, comment, status: DRAFT|COMPLETED}")
  public Response assess(@PathParam("id") long id, JsonObject body) {
    JsonObject request = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    List<FieldError> errors = new ArrayList<>();
    List<Score> scores = new ArrayList<>();
    if (request.get("scores") instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        String at = "scores[" + (i + 1) + "]";
        if (!(array.get(i) instanceof JsonObject s)
            || !(s.get("score") instanceof JsonNumber n)
            || !n.isIntegral()) {
          errors.add(new FieldError(at + ".score", "Give each score as a whole number"));
          continue;
        }
        scores.add(new Score(text(s, "criterion"), n.intValue(), text(s, "justification")));
      }
    } else if (request.containsKey("scores")) {
      errors.add(new FieldError("scores", "Give the scores as a list"));
    }
    Recommendation recommendation = null;
    String given = text(request, "recommendation");
    if (given != null) {
      try {
        recommendation = Recommendation.valueOf(given);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("recommendation", "Recommend AWARD, DECLINE or REQUEST_CHANGES"));
      }
    }
    String status = text(request, "status");
    if (status != null && !status.equals("DRAFT") && !status.equals("COMPLETED")) {
      errors.add(new FieldError("status", "Status is DRAFT or COMPLETED"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    Assessment assessment =
        assessments.assess(
            id,
            new AssessmentInput(
                scores,
                text(request, "coProductionModel"),
                text(request, "modelReason"),
                recommendation,
                text(request, "comment"),
                !"DRAFT".equals(status)));
    return Response.ok(AssessmentJson.assessment(assessment)).build();
  }

  @GET
  @Path("/{id}/assessments")
  @RolesAllowed(Role.Names.MANAGER)
  @Operation(
      summary =
          "Every assessment of the application, with scores, totals and whether moderation is needed")
  public Response assessmentsOf(@PathParam("id") long id) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    assessments.assessmentsOf(id).forEach(a -> list.add(AssessmentJson.assessment(a)));
    JsonArrayBuilder declarations = Json.createArrayBuilder();
    assignments
        .declarationsOf(id)
        .forEach(
            d ->
                declarations.add(
                    Json.createObjectBuilder()
                        .add("officer", d.getOfficer())
                        .add("conflict", d.isConflict())
                        .add(
                            "reason",
                            d.getReason() == null
                                ? JsonValue.NULL
                                : Json.createValue(d.getReason()))));
    return Response.ok(
            Json.createObjectBuilder()
                .add("assessments", list)
                .add("declarations", declarations)
                .add("needsModeration", assessments.needsModeration(id))
                .build())
        .build();
  }

  @POST
  @Path("/{id}/decision")
  @RolesAllowed(Role.Names.MANAGER)
  @Operation(
      summary =
          "Decide: {decision: AWARD|DECLINE|REQUEST_CHANGES, awardedAmounts: [{year, amount}],"
              + " startDate, reason, conditions, noAssessmentReason}; an award needs a completed"
              + " assessment or noAssessmentReason, years of the budget, each amount at most what"
              + " was asked for that year and a start date within 12 months of today; it answers"
              + " {projectRef}")
  public Response decide(@PathParam("id") long id, JsonObject body) {
    DecisionInput input =
        AssessmentJson.decision(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
    var project = decisions.decide(id, input);
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("applicationId", id)
            .add("decision", input.decision().name());
    project.ifPresent(p -> answer.add("projectRef", p.getProjectRef()));
    return Response.ok(answer.build()).build();
  }

  private static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof jakarta.json.JsonString string) {
      return string.getString();
    }
    throw new ValidationFailedException(
        List.of(new FieldError(field, "The value of " + field + " must be text")));
  }
}
