package org.grantwise.application;

import jakarta.ejb.ApplicationException;

/**
 * No such application for this caller. Also what another organisation's member gets, so that the
 * existence of an application is not revealed to outsiders.
 */
@ApplicationException(rollback = true)
public class ApplicationNotFoundException extends RuntimeException {

  public ApplicationNotFoundException(long id) {
    super("There is no application " + id + " that you can see");
  }
}
