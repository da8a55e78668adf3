package org.grantwise.application;

import jakarta.ejb.ApplicationException;

/** Someone else saved the application after this caller loaded it; nothing was changed. */
@ApplicationException(rollback = true)
public class StaleApplicationException extends RuntimeException {

  public StaleApplicationException() {
    super(
        "A colleague saved this application after you opened it. Your changes have not been"
            + " saved yet: check their changes, then save yours again.");
  }
}
