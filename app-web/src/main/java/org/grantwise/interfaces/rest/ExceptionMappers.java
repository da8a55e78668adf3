package org.grantwise.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.NotAllowedException;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.StaleApplicationException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.IllegalStatusChangeException;

/** Turns exceptions into JSON errors; nothing internal (stack, SQL) reaches the client. */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

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

  @Provider
  public static class NotFoundMapper implements ExceptionMapper<ApplicationNotFoundException> {
    @Override
    public Response toResponse(ApplicationNotFoundException exception) {
      return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
  }

  @Provider
  public static class NotAllowedMapper implements ExceptionMapper<NotAllowedException> {
    @Override
    public Response toResponse(NotAllowedException exception) {
      return ApiError.response(Response.Status.FORBIDDEN, exception.getMessage());
    }
  }

  @Provider
  public static class NothingFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException exception) {
      return ApiError.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
  }

  @Provider
  public static class StaleMapper implements ExceptionMapper<StaleApplicationException> {
    @Override
    public Response toResponse(StaleApplicationException exception) {
      return ApiError.response(Response.Status.CONFLICT, exception.getMessage());
    }
  }

  @Provider
  public static class IllegalStatusMapper implements ExceptionMapper<IllegalStatusChangeException> {
    @Override
    public Response toResponse(IllegalStatusChangeException exception) {
      return ApiError.response(Response.Status.CONFLICT, exception.getMessage());
    }
  }

  @Provider
  public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException exception) {
      return ApiError.response(
          Response.Status.CONFLICT, new StaleApplicationException().getMessage());
    }
  }

  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        // A colleague's save won the race at commit time (the version column moved on).
        if (cause instanceof OptimisticLockException
            || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
          return ApiError.response(
              Response.Status.CONFLICT, new StaleApplicationException().getMessage());
        }
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected API error, incident " + incident, exception);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side. Quote incident " + incident + " if you report it.");
    }
  }
}
