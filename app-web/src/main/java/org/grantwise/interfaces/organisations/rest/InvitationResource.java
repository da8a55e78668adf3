package org.grantwise.interfaces.organisations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.grantwise.application.OrganisationService;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.organisation.Invitation;

/**
 * A member's invitations of colleagues to their organisation. The link that takes an invitation up
 * goes only to the invited address; this API never shows its token.
 */
@Path("/organisation/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.APPLICANT)
public class InvitationResource {

  @Inject OrganisationService organisations;

  private final Clock clock = Clock.systemUTC();

  /** An invitation as the API shows it. */
  public record InvitationJson(
      long id,
      String email,
      String status,
      String invitedBy,
      Instant invitedAt,
      Instant expiresAt,
      String acceptedBy,
      Instant acceptedAt) {

    static InvitationJson of(Invitation i, Instant now) {
      return new InvitationJson(
          i.getId(),
          i.getEmail(),
          i.status(now).name(),
          i.getInvitedBy(),
          i.getInvitedAt(),
          i.getExpiresAt(),
          i.getAcceptedBy(),
          i.getAcceptedAt());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Invites a colleague {email} to the caller's verified organisation: the address is sent"
              + " a single-use link that works for 14 days; answers 201 {id, email, expiresAt}")
  public Response invite(JsonObject body, @Context UriInfo uri) {
    String email = body != null && body.get("email") instanceof JsonString s ? s.getString() : null;
    Invitation invitation = organisations.invite(email);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(invitation.getId()))
        .entity(InvitationJson.of(invitation, clock.instant()))
        .build();
  }

  @GET
  @Operation(summary = "The invitations of the caller's organisation, newest first, with status")
  public List<InvitationJson> list() {
    Instant now = clock.instant();
    return organisations.invitations().stream().map(i -> InvitationJson.of(i, now)).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary =
          "Withdraws an unused invitation of the caller's organisation: its link stops working;"
              + " 204, or 409 once it has been used")
  public Response revoke(@PathParam("id") long id) {
    organisations.revoke(id);
    return Response.noContent().build();
  }
}
