package org.grantwise.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

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
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected API error, incident " + incident, exception);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side. Quote incident " + incident + " if you report it.");
    }
  }
}
