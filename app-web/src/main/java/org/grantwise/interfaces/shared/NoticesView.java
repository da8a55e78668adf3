package org.grantwise.interfaces.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.grantwise.application.NotificationService;

/**
 * The signed-in user's notices. Opening the page (a GET, which a link or an image on another site
 * can make) changes nothing; its button, a Faces POST with the page's view state, marks them read.
 */
@Named
@RequestScoped
public class NoticesView {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  @Inject NotificationService notifications;

  private List<Notice> notices = List.of();

  /** A notice as listed. */
  public record Notice(String when, String subject, String body, String link, boolean isNew) {}

  public void load() {
    notices =
        notifications.mine().stream()
            .map(
                n ->
                    new Notice(
                        WHEN.format(n.getCreatedAt()),
                        n.getSubject(),
                        n.getBody(),
                        n.getLink(),
                        !n.isRead()))
            .toList();
  }

  /** Marks every notice read, then shows the list again (a redirect, so a reload posts nothing). */
  public String markAllRead() {
    notifications.markAllRead();
    return "/notices?faces-redirect=true";
  }

  public List<Notice> getNotices() {
    return notices;
  }
}
