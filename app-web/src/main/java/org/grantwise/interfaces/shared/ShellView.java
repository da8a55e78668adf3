package org.grantwise.interfaces.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.grantwise.application.AccountService;
import org.grantwise.application.CurrentUser;
import org.grantwise.application.DatabaseFailures;
import org.grantwise.application.NotificationService;
import org.grantwise.domain.model.account.Role;

/** The page shell: who is signed in, their navigation, and where "home" is for them. */
@Named
@RequestScoped
public class ShellView {

  @Inject AccountService accounts;

  @Inject FacesContext faces;

  @Inject NotificationService notifications;

  private Long unreadNotices;

  private CurrentUser user;

  public CurrentUser getUser() {
    if (user == null) {
      user = accounts.currentUser();
    }
    return user;
  }

  /**
   * From the signed-in session, not the database: the header and navigation need no query, so a
   * request that meets a database outage can still answer with the page as it was.
   */
  public boolean hasRole(String role) {
    return faces.getExternalContext().isUserInRole(role);
  }

  /** The signed-in login's name, from the session (no query). */
  public String getUsername() {
    return faces.getExternalContext().getRemoteUser();
  }

  /**
   * How many of the user's notices they have not opened yet, for the header link. While the
   * database is unreachable the count is left out, so the page that says so can still be shown.
   */
  public long getUnreadNotices() {
    if (unreadNotices == null) {
      try {
        unreadNotices = notifications.unread();
      } catch (RuntimeException e) {
        if (!DatabaseFailures.isOutage(e)) {
          throw e;
        }
        unreadNotices = 0L;
      }
    }
    return unreadNotices;
  }

  /** The role areas this user may use, in a fixed order. */
  public List<NavItem> getNavigation() {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    List<NavItem> items = new ArrayList<>();
    for (Role role : Role.values()) {
      if (hasRole(role.roleName())) {
        items.add(
            new NavItem(bundle.getString("nav." + role.roleName()), homeOutcome(role.roleName())));
      }
    }
    return items;
  }

  /** Sends the user from the site root to their own home page. */
  public String goHome() {
    if (hasRole(Role.APPLICANT.roleName()) && getUser().organisation().isEmpty()) {
      // A self-registered login starts by giving its organisation's details.
      return "/applicant/organisation?faces-redirect=true";
    }
    for (Role role : Role.values()) {
      if (hasRole(role.roleName())) {
        return homeOutcome(role.roleName()) + "?faces-redirect=true";
      }
    }
    return null;
  }

  /**
   * When to warn that the session is about to end: five minutes before it would, or as the system
   * property {@code grantwise.session-warning-seconds} says (tests use a short time).
   */
  public long getSessionWarningSeconds() {
    long timeout = faces.getExternalContext().getSessionMaxInactiveInterval();
    return Long.getLong("grantwise.session-warning-seconds", Math.max(60, timeout - 300));
  }

  /**
   * Signs out here and at Keycloak: the header's button and the sign-out page's. A Faces POST, so
   * it needs the page's view state, which a forged cross-site request does not have.
   */
  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    String endSession = SignOut.end((HttpServletRequest) external.getRequest());
    external.redirect(endSession);
    faces.responseComplete();
  }

  private static String homeOutcome(String role) {
    return "/" + role + "/index";
  }
}
