package org.grantwise.interfaces.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.DatabaseFailures;
import org.grantwise.application.ImportRejectedException;
import org.grantwise.application.ImportReport;
import org.grantwise.application.NotAllowedException;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.RecordsRejectedException;
import org.grantwise.application.StaleApplicationException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.application.TooManyDocumentsException;
import org.grantwise.domain.model.organisation.InvitationRefusedException;
import org.grantwise.interfaces.reports.CmoParameters;
import org.grantwise.interfaces.reports.rest.ReportResource;

/** Turns exceptions into JSON errors; nothing internal (stack, SQL) reaches the client. */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

  /** A bad query parameter: 400 naming it. */
  @Provider
  public static class BadParameterMapper
      implements ExceptionMapper<CmoParameters.BadParameterException> {
    @Override
    public Response toResponse(CmoParameters.BadParameterException exception) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new ReportResource.BadParameter(
                  "Bad Request", exception.getMessage(), exception.parameter()))
          .build();
    }
  }

  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      String message =
          switch (status) {
            case NOT_FOUND -> "There is nothing at this address";
            case METHOD_NOT_ALLOWED -> "This address does not take that method";
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "This API speaks application/json";
            default -> "The request could not be handled";
          };
      return ApiError.response(status, message);
    }
  }

  /** A body that is not JSON, or not the JSON shape the address reads (an array for an object). */
  @Provider
  public static class MalformedJsonMapper implements ExceptionMapper<JsonParsingException> {
    @Override
    public Response toResponse(JsonParsingException exception) {
      return ApiError.response(
          Response.Status.BAD_REQUEST, "The request body is not the JSON this address expects");
    }
  }

  /**
   * A body over the JSON limits (too deep, too long, a NUL): the answer {@link JsonLimits} made.
   */
  @Provider
  public static class JsonLimitsMapper implements ExceptionMapper<JsonLimits.Refused> {
    @Override
    public Response toResponse(JsonLimits.Refused exception) {
      return exception.getResponse();
    }
  }

  @Provider
  public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException exception) {
      return ApiError.response(Response.Status.FORBIDDEN, "Your role does not allow this request");
    }
  }

  @Provider
  public static class ValidationMapper implements ExceptionMapper<ValidationFailedException> {
    @Override
    public Response toResponse(ValidationFailedException exception) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      exception
          .errors()
          .forEach(
              e ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("field", e.field())
                          .add("message", e.message())));
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Json.createObjectBuilder()
                  .add("error", "Unprocessable Content")
                  .add("message", "Some fields need attention; nothing was changed")
                  .add("errors", errors)
                  .build())
          .build();
    }
  }

  /** A batch of outcome records: each problem with the record's index (from 0) and field. */
  @Provider
  public static class RecordsRejectedMapper implements ExceptionMapper<RecordsRejectedException> {
    @Override
    public Response toResponse(RecordsRejectedException exception) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      exception
          .errors()
          .forEach(
              e ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("index", e.index())
                          .add("field", e.field())
                          .add("message", e.message())));
      return unprocessable("Some records need attention; nothing was saved", errors);
    }
  }

  /** An import file: each problem with its row (the header is row 1) and column. */
  @Provider
  public static class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {
    @Override
    public Response toResponse(ImportRejectedException exception) {
      return unprocessable(
          "The file has problems; nothing was saved", problems(exception.report().problems()));
    }
  }

  public static JsonArrayBuilder problems(java.util.List<ImportReport.Problem> problems) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    problems.forEach(
        e ->
            errors.add(
                Json.createObjectBuilder()
                    .add("row", e.row())
                    .add("column", e.column())
                    .add("message", e.message())));
    return errors;
  }

  private static Response unprocessable(String message, JsonArrayBuilder errors) {
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("error", "Unprocessable Content")
                .add("message", message)
                .add("errors", errors)
                .build())
        .build();
  }

  /**
   * The application's expected failures, by type, and the status each answers with; their messages
   * are written for the caller. Anything else is unexpected.
   */
  private static final Map<Class<? extends Throwable>, Response.Status> KNOWN =
      Map.of(
          ApplicationNotFoundException.class, Response.Status.NOT_FOUND,
          NotFoundException.class, Response.Status.NOT_FOUND,
          NotAllowedException.class, Response.Status.FORBIDDEN,
          StaleApplicationException.class, Response.Status.CONFLICT,
          IllegalStatusChangeException.class, Response.Status.CONFLICT,
          TooManyDocumentsException.class, Response.Status.CONFLICT,
          InvitationRefusedException.class, Response.Status.CONFLICT);

  @Provider
  public static class ProblemMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      Response.Status known = KNOWN.get(exception.getClass());
      if (known != null) {
        return ApiError.response(known, exception.getMessage());
      }
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonLimits.Refused refused) {
          // The provider wrapped the refusal of a body it was reading.
          return refused.getResponse();
        }
        // A colleague's save won the race at commit time (the version column moved on).
        if (DatabaseFailures.isVersionConflict(cause)) {
          return ApiError.response(
              Response.Status.CONFLICT, new StaleApplicationException().getMessage());
        }
      }
      if (DatabaseFailures.isConcurrentDuplicate(exception)) {
        // Someone did the same at the same moment and their transaction committed first.
        return ApiError.response(
            Response.Status.CONFLICT,
            "Someone else did this at the same moment; nothing of yours was saved. Reload to see"
                + " their change.");
      }
      if (DatabaseFailures.isOutage(exception)) {
        // The pool reconnects by itself; the transaction was rolled back, so nothing was stored.
        LOG.warning("Database unreachable, request refused: " + exception);
        return Response.fromResponse(
                ApiError.response(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "The service is briefly unavailable; nothing was saved. Try again in a few"
                        + " seconds."))
            .header("Retry-After", "5")
            .build();
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected API error, incident " + incident, exception);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side. Quote incident " + incident + " if you report it.");
    }
  }
}
