package org.grantwise.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.grantwise.application.AccountService;
import org.wildfly.security.http.oidc.AccessToken;

/**
 * Records each browser login once per session, so the application learns the Keycloak user id of a
 * login the first time it is used. The API (stateless bearer tokens) is not recorded.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LoginRecordingFilter extends HttpFilter {

  private static final String RECORDED = LoginRecordingFilter.class.getName() + ".recorded";

  @Inject AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      HttpSession session = request.getSession();
      if (session.getAttribute(RECORDED) == null) {
        AccessToken token = SignedInUser.accessToken(request).orElse(null);
        accounts.recordLogin(
            token == null ? null : token.getSubject(), token == null ? null : token.getEmail());
        session.setAttribute(RECORDED, Boolean.TRUE);
      }
    }
    chain.doFilter(request, response);
  }
}
