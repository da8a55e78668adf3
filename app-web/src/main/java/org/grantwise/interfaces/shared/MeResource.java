package org.grantwise.interfaces.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.AccountService;
import org.grantwise.application.CurrentUser;
import org.grantwise.application.NotificationService;
import org.grantwise.domain.model.account.Role;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class MeResource {

  @Inject AccountService accounts;

  @Inject NotificationService notifications;

  /** A notice as the API shows it. */
  public record Notice(
      long id,
      String kind,
      Long applicationId,
      String subject,
      String body,
      Instant createdAt,
      boolean read,
      String email) {}

  /** The bearer of the token: username, realm roles and organisation (null for fund staff). */
  public record Me(String username, List<String> roles, Organisation organisation) {}

  public record Organisation(long id, String name, String orgId, boolean verified) {}

  @GET
  @Operation(summary = "Who the token's bearer is, their roles and their organisation")
  public Me me() {
    CurrentUser user = accounts.currentUser();
    return new Me(
        user.username(),
        user.roles(),
        user.organisation()
            .map(o -> new Organisation(o.id(), o.name(), o.orgId(), o.verified()))
            .orElse(null));
  }

  @GET
  @Path("/notifications")
  @Operation(
      summary =
          "The bearer's notices, newest first (up to 50), with whether each was read and the"
              + " state of its e-mail")
  public List<Notice> notifications() {
    return notifications.mine().stream()
        .map(
            n ->
                new Notice(
                    n.getId(),
                    n.getKind().name(),
                    n.getApplicationId(),
                    n.getSubject(),
                    n.getBody(),
                    n.getCreatedAt(),
                    n.isRead(),
                    n.getEmailState().name()))
        .toList();
  }
}
