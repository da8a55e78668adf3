package org.grantwise.application;

import jakarta.ejb.ApplicationException;

/** Nothing of that name that the caller can see. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
