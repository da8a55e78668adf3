package org.grantwise.interfaces.applications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.grantwise.application.ApplicationService;
import org.grantwise.application.AssessmentInput;
import org.grantwise.application.AssessmentService;
import org.grantwise.application.AssignmentService;
import org.grantwise.application.DecisionInput;
import org.grantwise.application.DecisionService;
import org.grantwise.application.DocumentDownload;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.DocumentKind;
import org.grantwise.domain.model.application.FileType;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.SupportingDocument;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.Score;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.assessment.rest.AssessmentJson;
import org.grantwise.interfaces.shared.ContentDisposition;

/**
 * Applications for scripts and integrations. The form's fields keep the names of the issue that
 * defined them (title, coProduction.needsAssessment, budget[].lines[].amount...).
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

  @Inject ApplicationService applications;

  @Inject AssignmentService assignments;

  @Inject AssessmentService assessments;

  @Inject DecisionService decisions;

  @Context UriInfo uri;

  @GET
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(summary = "The caller's organisation's applications, the most recently changed first")
  public Response mine() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (GrantApplication a : applications.mine()) {
      list.add(
          Json.createObjectBuilder(ApplicationJson.summary(a))
              .add("title", a.getTitle() == null ? "" : a.getTitle())
              .add("roundId", a.getRound().getId())
              .add("roundName", a.getRound().getName())
              .add("closesOn", a.getRound().getClosesOn().toString())
              .add("updatedAt", a.getUpdatedAt().toString()));
    }
    return Response.ok(list.build()).build();
  }

  @POST
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(summary = "Start a draft application in a round; any form fields given are saved too")
  @APIResponse(responseCode = "201", description = "Created: id, reference, status DRAFT")
  @APIResponse(responseCode = "422", description = "errors: [{field, message}]")
  public Response start(JsonObject body) {
    if (body == null || !(body.get("roundId") instanceof JsonNumber round)) {
      throw new ValidationFailedException(
          List.of(new FieldError("roundId", "Give the id of the funding round to apply to")));
    }
    List<FieldError> errors = new ArrayList<>();
    ApplicationForm initial = ApplicationJson.merge(ApplicationForm.empty(), body, errors);
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    GrantApplication created = applications.start(round.longValue(), initial);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .tag(etag(created))
        .entity(ApplicationJson.summary(created))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  @Operation(
      summary = "An application with every field of the form and which sections are complete")
  public Response get(@PathParam("id") long id) {
    GrantApplication application = applications.get(id);
    return Response.ok(
            ApplicationJson.representation(application, applications.completeSections(id)))
        .tag(etag(application))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(
      summary =
          "Save some or all of the form: each field present replaces the saved one. Send If-Match"
              + " with the ETag you read to be told (409) if a colleague saved in between.")
  @APIResponse(responseCode = "422", description = "errors: [{field, message}]; nothing saved")
  @APIResponse(responseCode = "409", description = "saved by someone else since, or not editable")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    if (body == null) {
      throw new ValidationFailedException(List.of(new FieldError("body", "Send a JSON object")));
    }
    GrantApplication current = applications.get(id);
    Long expected = expectedVersion(ifMatch, body);
    List<FieldError> errors = new ArrayList<>();
    ApplicationForm merged = ApplicationJson.merge(current.getForm(), body, errors);
    Long roundId = null;
    JsonValue round = body.get("roundId");
    if (round != null && round.getValueType() != JsonValue.ValueType.NULL) {
      if (round instanceof JsonNumber number) {
        roundId = number.longValue();
      } else {
        errors.add(new FieldError("roundId", "The value of roundId must be a round's id"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    GrantApplication saved = applications.update(id, expected, merged, roundId);
    return Response.ok(ApplicationJson.representation(saved, applications.completeSections(id)))
        .tag(etag(saved))
        .build();
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(summary = "Submit the application; 422 lists every missing or invalid field")
  public Response submit(@PathParam("id") long id) {
    GrantApplication submitted = applications.submit(id);
    return Response.ok(ApplicationJson.summary(submitted)).tag(etag(submitted)).build();
  }

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(
      summary =
          "Withdraw the application; 409 once the fund has recorded a decision (it is being"
              + " released)")
  public Response withdraw(@PathParam("id") long id, JsonObject body) {
    String reason =
        body != null && body.containsKey("reason") ? body.getString("reason", null) : null;
    GrantApplication withdrawn = applications.withdraw(id, reason);
    return Response.ok(ApplicationJson.summary(withdrawn)).build();
  }

  @GET
  @Path("/{id}/documents")
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  @Operation(summary = "The application's supporting documents (without their content)")
  public Response documents(@PathParam("id") long id) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    applications.get(id).getDocuments().forEach(d -> list.add(ApplicationJson.document(d)));
    return Response.ok(list.build()).build();
  }

  @POST
  @Path("/{id}/documents")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(
      summary =
          "Upload a supporting document as the request body: ?kind=GOVERNING_DOCUMENT|ACCOUNTS|"
              + "SAFEGUARDING_POLICY|OTHER&filename=...; PDF, DOCX, XLSX, PNG, JPEG or GIF,"
              + " recognised by content, up to 10 MB")
  @APIResponse(responseCode = "201", description = "id, kind, filename, contentType, size, sha256")
  @APIResponse(responseCode = "422", description = "wrong type, empty or too large")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("filename") String filename,
      InputStream body)
      throws IOException {
    DocumentKind documentKind;
    try {
      documentKind = DocumentKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw new ValidationFailedException(
          List.of(
              new FieldError(
                  "kind",
                  "Give kind as GOVERNING_DOCUMENT, ACCOUNTS, SAFEGUARDING_POLICY or OTHER")));
    }
    byte[] content = body.readNBytes((int) FileType.MAX_BYTES + 1);
    SupportingDocument document = applications.upload(id, documentKind, filename, content);
    return Response.created(
            uri.getAbsolutePathBuilder()
                .path(String.valueOf(document.getId()))
                .replaceQuery(null)
                .build())
        .entity(ApplicationJson.document(document))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  @Operation(summary = "Download a supporting document")
  public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    DocumentDownload download = applications.download(id, documentId);
    return Response.ok(download.content(), download.contentType())
        .header("Content-Disposition", ContentDisposition.attachment(download.filename()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + download.sha256())
        .build();
  }

  @DELETE
  @Path("/{id}/documents/{documentId}")
  @RolesAllowed(Role.Names.APPLICANT)
  @Operation(summary = "Remove a supporting document while the application can be changed")
  public Response removeDocument(
      @PathParam("id") long id, @PathParam("documentId") long documentId) {
    applications.removeDocument(id, documentId);
    return Response.noContent().build();
  }

  // --- assessment -----------------------------------------------------------------------------

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

  private static EntityTag etag(GrantApplication application) {
    return new EntityTag(String.valueOf(application.getVersion()));
  }

  private static Long expectedVersion(String ifMatch, JsonObject body) {
    if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim())) {
      try {
        return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
      } catch (NumberFormatException e) {
        throw new ValidationFailedException(
            List.of(new FieldError("If-Match", "If-Match must be the ETag of the application")));
      }
    }
    if (body.get("version") instanceof JsonNumber version) {
      return version.longValue();
    }
    return null;
  }
}
