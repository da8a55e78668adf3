package org.grantwise.interfaces.shared;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * When the sign-in service (Keycloak) is down, a person who needs to sign in gets the application's
 * "Sign-in is unavailable, try again shortly" page instead of a redirect their browser cannot
 * follow.
 *
 * <p>The OIDC mechanism answers an unauthenticated request with a redirect to Keycloak's
 * authorisation endpoint; it runs before any servlet filter, so this Undertow extension watches
 * responses as they are committed. For such a redirect it checks whether Keycloak answers (a short
 * timeout, the result kept a few seconds) and, if not, redirects to {@link
 * SignInUnavailableServlet} with the page that was asked for. People already signed in are not
 * affected: their session and bearer tokens are checked without Keycloak.
 */
public class SignInAvailability implements ServletExtension {

  /** What Keycloak's (any OIDC provider's, by convention) authorisation endpoint path contains. */
  static final String AUTH_ENDPOINT = "/protocol/openid-connect/auth";

  static final String PAGE = "/sign-in-unavailable";

  private static final Duration REMEMBER = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(1))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Probe last = new Probe("", true, 0);

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    // The root application's context path is "/" here (the servlet API's is ""): joined with the
    // page's path it would make "//sign-in-unavailable", an address on another host.
    String contextPath = "/".equals(deployment.getContextPath()) ? "" : deployment.getContextPath();
    deployment.addInitialHandlerChainWrapper(
        new HandlerWrapper() {
          @Override
          public HttpHandler wrap(HttpHandler next) {
            return exchange -> {
              exchange.addResponseCommitListener(ex -> redirectIfUnavailable(ex, contextPath));
              next.handleRequest(exchange);
            };
          }
        });
  }

  private void redirectIfUnavailable(HttpServerExchange exchange, String contextPath) {
    int status = exchange.getStatusCode();
    if (status != StatusCodes.FOUND && status != StatusCodes.SEE_OTHER) {
      return;
    }
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    int endpoint = location == null ? -1 : location.indexOf(AUTH_ENDPOINT);
    if (endpoint < 0 || answers(location.substring(0, endpoint))) {
      return;
    }
    String asked = exchange.getRequestURI();
    if (!exchange.getQueryString().isEmpty()) {
      asked += "?" + exchange.getQueryString();
    }
    exchange
        .getResponseHeaders()
        .put(
            Headers.LOCATION,
            contextPath + PAGE + "?return=" + URLEncoder.encode(asked, StandardCharsets.UTF_8));
  }

  /** Whether the realm (the part of the address before the endpoint) answers at all. */
  private boolean answers(String realm) {
    Probe probe = last;
    long now = System.nanoTime();
    if (probe.realm.equals(realm) && now - probe.at < REMEMBER.toNanos()) {
      return probe.up;
    }
    boolean up;
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(realm))
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      up = response.statusCode() < 500;
    } catch (IOException | IllegalArgumentException e) {
      up = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      up = false;
    }
    if (!up && probe.up) {
      LOG.warning("The sign-in service at " + realm + " does not answer; new sign-ins are paused");
    }
    last = new Probe(realm, up, now);
    return up;
  }

  private record Probe(String realm, boolean up, long at) {}
}
