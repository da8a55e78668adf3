package org.grantwise.interfaces.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends the session here and answers where Keycloak ends its own (RP-initiated logout), returning to
 * the home page, which asks for a new login. With the ID token of the session Keycloak ends its
 * session at once; without one (a caller with a bearer token only) Keycloak is asked by client id,
 * and asks the user to confirm, so its single sign-on cookie cannot sign the next visitor of this
 * browser back in.
 */
final class SignOut {

  private SignOut() {}

  static String end(HttpServletRequest request) throws ServletException {
    Optional<OidcSecurityContext> oidc = SignedInUser.oidcContext(request);
    String home =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    String endSession;
    if (oidc.isPresent()
        && oidc.get().getToken() != null
        && oidc.get().getIDTokenString() != null) {
      endSession =
          oidc.get().getToken().getIssuer()
              + "/protocol/openid-connect/logout?id_token_hint="
              + URLEncoder.encode(oidc.get().getIDTokenString(), StandardCharsets.UTF_8);
    } else {
      endSession =
          IdentityProvider.realmUrl()
              + "/protocol/openid-connect/logout?client_id="
              + URLEncoder.encode(IdentityProvider.CLIENT_ID, StandardCharsets.UTF_8);
    }
    return endSession
        + "&post_logout_redirect_uri="
        + URLEncoder.encode(home, StandardCharsets.UTF_8);
  }
}
