package org.grantwise.domain.model.notification;

import java.time.Instant;
import java.util.List;

/** Stored notices. */
public interface NotificationRepository {

  Notification store(Notification notification);

  /**
   * The notices to a username made at or after {@code since} (when the username last changed
   * hands), newest first.
   */
  List<Notification> of(String recipient, Instant since, int limit);

  long unread(String recipient, Instant since);

  /** Marks every unread notice of the recipient since then read. */
  void markAllRead(String recipient, Instant since, Instant at);

  /**
   * Claims up to {@code limit} e-mails that are due, locking them so another node's job skips them
   * until this transaction ends.
   */
  List<Notification> claimDueEmails(Instant now, int limit);
}
