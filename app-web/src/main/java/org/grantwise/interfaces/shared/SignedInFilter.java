package org.grantwise.interfaces.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.grantwise.application.AccountService;
import org.grantwise.application.CallerIdentity;
import org.grantwise.application.TokenCheck;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * For every signed-in request (pages, downloads and the API): first asks whether Keycloak still
 * stands behind the token (a login that signed out elsewhere or was disabled stops here within a
 * few seconds ({@link TokenCheck}): the API answers 401, a page's session ends and sign-in is asked
 * again); then hands the token's verified subject, username and e-mail to the application services,
 * which key the caller's account on the subject; and records each browser sign-in once per session.
 */
@WebFilter(urlPatterns = "/*")
public class SignedInFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SignedInFilter.class.getName());

  private static final String RECORDED = SignedInFilter.class.getName() + ".recorded";

  @Inject CallerIdentity identity;

  @Inject TokenCheck tokens;

  @Inject AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    OidcSecurityContext oidc = SignedInUser.oidcContext(request).orElse(null);
    if (oidc != null && oidc.getToken() != null) {
      AccessToken token = oidc.getToken();
      if (!tokens.active(oidc.getTokenString())) {
        refuse(request, response, token);
        return;
      }
      identity.verified(
          token.getSubject(),
          request.getUserPrincipal().getName(),
          token.getEmail(),
          Boolean.TRUE.equals(token.getClaimValue("email_verified", Boolean.class)));
      if (request.getServletPath().endsWith(".xhtml")) {
        recordSignIn(request);
      }
    }
    chain.doFilter(request, response);
  }

  private void recordSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession();
    if (session.getAttribute(RECORDED) == null) {
      accounts.recordLogin();
      session.setAttribute(RECORDED, Boolean.TRUE);
    }
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, AccessToken token)
      throws IOException {
    LOG.info(() -> "A token of subject " + token.getSubject() + " is no longer active: refused");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"grantwise\", error=\"invalid_token\"");
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"error\":\"Unauthorized\",\"message\":\"This login has signed out or been"
                  + " disabled: sign in again\"}");
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String query = request.getQueryString();
    boolean page = "GET".equals(request.getMethod());
    response.sendRedirect(
        page
            ? request.getRequestURI() + (query == null ? "" : "?" + query)
            : request.getContextPath() + "/");
  }
}
