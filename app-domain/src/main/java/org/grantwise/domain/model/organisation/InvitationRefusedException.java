package org.grantwise.domain.model.organisation;

import jakarta.ejb.ApplicationException;

/** An invitation link that cannot be taken up (used, withdrawn, expired, or not this login's). */
@ApplicationException(rollback = true)
public class InvitationRefusedException extends RuntimeException {

  public InvitationRefusedException(String message) {
    super(message);
  }
}
