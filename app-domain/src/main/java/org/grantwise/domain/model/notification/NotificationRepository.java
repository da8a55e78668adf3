package org.grantwise.domain.model.notification;

import java.time.Instant;
import java.util.List;

/** Stored notices. */
public interface NotificationRepository {

  Notification store(Notification notification);

  /** The user's notices, newest first. */
  List<Notification> of(String recipient, int limit);

  long unread(String recipient);

  /** Marks every unread notice of the recipient read. */
  void markAllRead(String recipient, Instant at);

  /**
   * Claims up to {@code limit} e-mails that are due, locking them so another node's job skips them
   * until this transaction ends.
   */
  List<Notification> claimDueEmails(Instant now, int limit);
}
