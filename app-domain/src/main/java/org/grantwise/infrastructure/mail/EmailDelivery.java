package org.grantwise.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwise.domain.model.notification.Notification;
import org.grantwise.domain.model.notification.NotificationRepository;

/**
 * Sends the e-mails of notices once the transaction that wrote them has committed. Every node runs
 * the job; each claims due rows with {@code FOR UPDATE SKIP LOCKED}, so no message goes twice from
 * two nodes. A failed send is retried later with a growing pause; the notice in the application is
 * there either way.
 */
@Stateless
public class EmailDelivery {

  private static final Logger LOG = Logger.getLogger(EmailDelivery.class.getName());

  private static final int BATCH = 50;

  @Resource(lookup = "java:jboss/mail/grantwise")
  Session mail;

  @Inject NotificationRepository notifications;

  private final Clock clock = Clock.systemUTC();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void sendDue() {
    Instant now = clock.instant();
    for (Notification notification : notifications.claimDueEmails(now, BATCH)) {
      try {
        Transport.send(message(notification));
        notification.emailSent(clock.instant());
      } catch (MessagingException | RuntimeException e) {
        notification.emailFailed(clock.instant());
        LOG.log(
            Level.WARNING,
            "E-mail for notice "
                + notification.getId()
                + " not sent (attempt "
                + notification.getEmailAttempts()
                + "): "
                + e.getMessage());
      }
    }
  }

  private MimeMessage message(Notification notification) throws MessagingException {
    MimeMessage message = new MimeMessage(mail);
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.getEmail()));
    message.setSubject("Grantwise: " + notification.getSubject(), "UTF-8");
    message.setSentDate(Date.from(notification.getCreatedAt()));
    message.setHeader("X-Grantwise-Notice", String.valueOf(notification.getId()));
    String link =
        notification.getLink() == null ? "" : "\n\nOpen it: " + baseUrl() + notification.getLink();
    message.setText(
        notification.getBody()
            + link
            + "\n\nYou receive this because you use Grantwise for your organisation or the fund.",
        "UTF-8");
    return message;
  }

  private static String baseUrl() {
    String configured = System.getenv("GRANTWISE_BASE_URL");
    return configured == null || configured.isBlank()
        ? "http://localhost:8080"
        : configured.replaceAll("/+$", "");
  }
}
