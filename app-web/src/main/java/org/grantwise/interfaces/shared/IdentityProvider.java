package org.grantwise.interfaces.shared;

import java.net.URI;

/**
 * Where the Keycloak realm is, for the places that need it without a signed-in user: the page
 * policy's {@code form-action} (sign-in and sign-out pass through Keycloak's origin) and signing
 * out a browser whose session here has already ended. The same setting, with the same default, as
 * the server's OIDC configuration ({@code configure-server.cli}).
 */
final class IdentityProvider {

  static final String CLIENT_ID = env("GRANTWISE_OIDC_CLIENT_ID", "grantwise-web");

  private static final String REALM_URL =
      env("GRANTWISE_OIDC_PROVIDER_URL", "http://127.0.0.1:8180/realms/grantwise")
          .replaceAll("/+$", "");

  private IdentityProvider() {}

  static String realmUrl() {
    return REALM_URL;
  }

  /** scheme://host[:port] of the realm, as a CSP source. */
  static String origin() {
    URI uri = URI.create(REALM_URL);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
