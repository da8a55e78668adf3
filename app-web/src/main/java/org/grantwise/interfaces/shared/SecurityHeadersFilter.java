package org.grantwise.interfaces.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response the application writes: pages, the API, static resources and
 * error pages.
 *
 * <p>The Content-Security-Policy set here is the strict one for anything that is not a page (JSON,
 * files, scripts): nothing may load, nothing may frame it. A Faces page replaces it with the page
 * policy, which PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) sends with a fresh script
 * nonce per view; PrimeFaces adds its header rather than setting it, so the wrapper below turns
 * that addition into a replacement and a response never carries two policies (browsers would
 * enforce both, and the strict one would block the page's scripts). The page policy gets {@code
 * form-action} here: the forms post to the application, and sign-in and sign-out pass through
 * Keycloak's origin (browsers apply {@code form-action} to the redirects after a post too).
 *
 * <p>Answers of the JSON API get {@code Cache-Control: no-store}; so do the downloads (documents,
 * award letters, exports), which set it themselves.
 *
 * <p>{@code Strict-Transport-Security} goes on every response to a secure request: one that came
 * over TLS, or through a TLS-terminating proxy when the HTTP listener trusts its {@code
 * X-Forwarded-Proto} ({@code GRANTWISE_PROXY_FORWARDING=true}, see configure-server.cli). It is
 * never sent over plain HTTP, where browsers ignore it anyway.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP = "Content-Security-Policy";

  /** For responses that are not pages: JSON, downloads, scripts and style sheets. */
  static final String NON_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** Added to the page policy of PrimeFaces (web.xml), which cannot know Keycloak's address. */
  static final String FORM_ACTION = "form-action 'self' " + IdentityProvider.origin();

  static final String HSTS = "Strict-Transport-Security";

  /** One year; not includeSubDomains, since other hosts of the domain are not ours to decide. */
  static final String HSTS_VALUE = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!response.isCommitted()) {
      response.setHeader(CSP, NON_PAGE_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      response.setHeader(
          "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
      if (request.isSecure()) {
        response.setHeader(HSTS, HSTS_VALUE);
      }
      if (isApi(request)) {
        // Every API answer is about someone's application or account: no cache keeps it. (The
        // download servlets say the same themselves.)
        response.setHeader("Cache-Control", "no-store");
      }
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * Lets a later Content-Security-Policy (the page policy) replace the one set above instead of
   * adding to it, and completes it with {@code form-action}.
   */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, CSP.equalsIgnoreCase(name) ? withFormAction(value) : value);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  static String withFormAction(String policy) {
    if (policy == null || policy.contains("form-action")) {
      return policy;
    }
    return policy + "; " + FORM_ACTION;
  }
}
