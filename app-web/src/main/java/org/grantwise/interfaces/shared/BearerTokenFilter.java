package org.grantwise.interfaces.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API accepts bearer tokens only. WildFly's OIDC mechanism has already verified any token
 * (signature, expiry, issuer) and set the principal; a request without a token, or whose token was
 * not accepted, is answered 401 JSON here rather than redirected to a login page. Browser sessions
 * do not count, so the API cannot be driven by a page the user happens to visit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    if (!bearer || request.getSecurityContext().getUserPrincipal() == null) {
      Response unauthorised =
          Response.fromResponse(
                  ApiError.response(
                      Response.Status.UNAUTHORIZED,
                      bearer
                          ? "The bearer token is not valid or has expired"
                          : "This API needs a bearer token in the Authorization header"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"grantwise\"")
              .build();
      request.abortWith(unauthorised);
    }
  }
}
