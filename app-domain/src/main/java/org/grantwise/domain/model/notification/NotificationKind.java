package org.grantwise.domain.model.notification;

/** What a notice is about. */
public enum NotificationKind {
  SUBMISSION_RECEIVED,
  CHANGES_REQUESTED,
  DECISION_RELEASED,
  /** An invitation to join an organisation, e-mailed to an address that may have no login yet. */
  INVITATION
}
