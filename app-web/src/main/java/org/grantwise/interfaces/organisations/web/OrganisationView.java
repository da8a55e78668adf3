package org.grantwise.interfaces.organisations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.grantwise.application.NotAllowedException;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.OrganisationService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.InvitationRefusedException;
import org.grantwise.domain.model.organisation.OrganisationDetails;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;

/** Signing up an organisation and inviting colleagues to it. */
@Named
@ViewScoped
public class OrganisationView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  @Inject OrganisationService organisations;

  private String name;
  private OrganisationType type;
  private String charityNumber;
  private String companyNumber;
  private String address;
  private String area;
  private String email;
  private String invited;
  private String revoked;
  private transient List<Invitation> invitations;
  private List<FieldError> errors = List.of();

  public String register() {
    try {
      organisations.register(
          new OrganisationDetails(name, type, charityNumber, companyNumber, address, area));
      return "/applicant/index?faces-redirect=true";
    } catch (ValidationFailedException e) {
      errors = e.errors();
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public void invite() {
    revoked = null;
    try {
      invited = organisations.invite(email).getEmail();
      invitations = null;
      email = null;
      errors = List.of();
    } catch (ValidationFailedException e) {
      refused(e.errors());
    } catch (NotAllowedException e) {
      refused(List.of(new FieldError("email", e.getMessage())));
    }
  }

  /** Withdraws an unused invitation: its link stops working. */
  public void revoke(long invitationId) {
    invited = null;
    try {
      revoked = organisations.revoke(invitationId).getEmail();
      invitations = null;
      errors = List.of();
    } catch (InvitationRefusedException | NotFoundException e) {
      revoked = null;
      errors = List.of(new FieldError("invitations", e.getMessage()));
    }
  }

  private void refused(List<FieldError> problems) {
    errors = problems;
    invited = null;
    FacesContext.getCurrentInstance().validationFailed();
  }

  public List<Invitation> getInvitations() {
    if (invitations == null) {
      invitations = organisations.invitations();
    }
    return invitations;
  }

  /** Where an invitation stands, in words, today. */
  public String status(Invitation invitation) {
    return switch (invitation.status(Instant.now())) {
      case OPEN -> "Not yet joined: the link works until " + DATE.format(invitation.getExpiresAt());
      case ACCEPTED -> "Joined as " + invitation.getAcceptedBy();
      case REVOKED -> "Withdrawn";
      case EXPIRED -> "Link expired";
    };
  }

  public boolean open(Invitation invitation) {
    return invitation.status(Instant.now()) == Invitation.Status.OPEN;
  }

  public String getRevoked() {
    return revoked;
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  @Override
  public String anchor(String field) {
    return "type".equals(field) ? "type:0" : field;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public void setCharityNumber(String charityNumber) {
    this.charityNumber = charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  public void setCompanyNumber(String companyNumber) {
    this.companyNumber = companyNumber;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInvited() {
    return invited;
  }
}
