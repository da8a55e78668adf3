package org.grantwise.application;

/**
 * Whether the identity provider still stands behind a token it signed: its user may have signed out
 * or been disabled since. The filters ask this of every signed-in request; the answer may be a few
 * seconds old.
 */
public interface TokenCheck {

  /** False when the identity provider says the token's session or user is no longer active. */
  boolean active(String token);
}
