package org.grantwise.domain.model.notification;

/** What a notice is about. */
public enum NotificationKind {
  SUBMISSION_RECEIVED,
  CHANGES_REQUESTED,
  DECISION_RELEASED
}
