package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.grantwise.domain.model.notification.Notification;
import org.grantwise.domain.model.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Notification store(Notification notification) {
    em.persist(notification);
    return notification;
  }

  @Override
  public List<Notification> of(String recipient, Instant since, int limit) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :recipient"
                + " and n.createdAt >= :since order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("recipient", recipient)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long unread(String recipient, Instant since) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :recipient"
                + " and n.createdAt >= :since and n.readAt is null",
            Long.class)
        .setParameter("recipient", recipient)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void markAllRead(String recipient, Instant since, Instant at) {
    em.createQuery(
            "update Notification n set n.readAt = :at"
                + " where n.recipient = :recipient and n.createdAt >= :since and n.readAt is null")
        .setParameter("at", at)
        .setParameter("recipient", recipient)
        .setParameter("since", since)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Notification> claimDueEmails(Instant now, int limit) {
    return em.createNativeQuery(
            "SELECT * FROM notification WHERE email_state = 'PENDING' AND email_next_at <= ?1"
                + " ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED",
            Notification.class)
        .setParameter(1, now)
        .setParameter(2, limit)
        .getResultList();
  }
}
