package org.grantwise.interfaces.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/** Reads the verified OIDC token behind a request, when there is one. */
public final class SignedInUser {

  private SignedInUser() {}

  public static Optional<OidcSecurityContext> oidcContext(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal instanceof OidcPrincipal<?> oidc) {
      return Optional.ofNullable(oidc.getOidcSecurityContext());
    }
    return Optional.empty();
  }

  public static Optional<AccessToken> accessToken(HttpServletRequest request) {
    return oidcContext(request).map(OidcSecurityContext::getToken);
  }
}
