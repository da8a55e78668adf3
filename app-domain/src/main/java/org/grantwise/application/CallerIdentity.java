package org.grantwise.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The verified identity behind the current request, copied by the web tier from the OIDC token that
 * WildFly has already checked (signature, issuer, audience, expiry): Keycloak's subject id, which
 * keys the caller's account, and the e-mail address with whether Keycloak has verified it. Nothing
 * here comes from request data a client can choose.
 */
@RequestScoped
public class CallerIdentity {

  private String subject;
  private String username;
  private String email;
  private boolean emailVerified;

  /** Set once per request by the web tier, from the verified token. */
  public void verified(String subject, String username, String email, boolean emailVerified) {
    this.subject = subject;
    this.username = username;
    this.email = email;
    this.emailVerified = emailVerified;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public boolean emailVerified() {
    return emailVerified;
  }
}
