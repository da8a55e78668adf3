package org.grantwise.application;

import jakarta.ejb.ApplicationException;

/** The caller's role is right but this action is not theirs (not assigned, conflicted...). */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(String message) {
    super(message);
  }
}
