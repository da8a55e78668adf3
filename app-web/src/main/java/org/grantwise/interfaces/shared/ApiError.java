package org.grantwise.interfaces.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every API error. */
public record ApiError(String error, String message) {

  public static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getReasonPhrase(), message))
        .build();
  }
}
