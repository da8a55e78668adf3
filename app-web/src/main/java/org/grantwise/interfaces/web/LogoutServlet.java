package org.grantwise.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends the session here and at Keycloak (RP-initiated logout), then returns to the home page, which
 * asks for a new login. Both GET and POST sign out, and /logout needs no login (web.xml): with the
 * ID token of the session, Keycloak ends its session at once; without one (the session here had
 * already ended, or never existed) Keycloak is still asked to end its own, and asks the user to
 * confirm, so its single sign-on cookie cannot sign the next visitor of this browser back in.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
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
    // A bearer-token caller has no ID token: Keycloak is then asked by client id, like a browser
    // whose session here had already ended.
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
    response.sendRedirect(
        endSession
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(home, StandardCharsets.UTF_8));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    doPost(request, response);
  }
}
