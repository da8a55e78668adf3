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
 * asks for a new login.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

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
    // A bearer-token caller has no ID token and no Keycloak session to end here.
    if (oidc.isPresent()
        && oidc.get().getToken() != null
        && oidc.get().getIDTokenString() != null) {
      String endSession =
          oidc.get().getToken().getIssuer()
              + "/protocol/openid-connect/logout?id_token_hint="
              + URLEncoder.encode(oidc.get().getIDTokenString(), StandardCharsets.UTF_8)
              + "&post_logout_redirect_uri="
              + URLEncoder.encode(home, StandardCharsets.UTF_8);
      response.sendRedirect(endSession);
    } else {
      response.sendRedirect(home);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    doPost(request, response);
  }
}
