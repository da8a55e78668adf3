package org.grantwise.interfaces.applications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import org.grantwise.application.DocumentDownload;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.DocumentKind;
import org.grantwise.domain.model.application.FileType;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.SupportingDocument;
import org.grantwise.domain.model.shared.FieldError;
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
