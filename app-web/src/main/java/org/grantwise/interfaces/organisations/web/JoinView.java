package org.grantwise.interfaces.organisations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.grantwise.application.OrganisationService;
import org.grantwise.application.OrganisationService.InvitationOffer;
import org.grantwise.domain.model.organisation.Invitation;
import org.grantwise.domain.model.organisation.InvitationRefusedException;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;

/** Taking up an invitation through the link in its e-mail. */
@Named
@ViewScoped
public class JoinView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisations;

  private String token;
  private InvitationOffer offer;
  private List<FieldError> errors = List.of();

  /** Reads what the link offers; a token that matches nothing shows as an invalid link. */
  public void load() {
    offer = organisations.offer(token).orElse(null);
  }

  public String join() {
    try {
      organisations.accept(token);
      return "/applicant/index?faces-redirect=true&joined=true";
    } catch (InvitationRefusedException e) {
      errors = List.of(new FieldError("join", e.getMessage()));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  public boolean isOpen() {
    return offer != null && offer.status() == Invitation.Status.OPEN;
  }

  /** Why the link cannot be used, in words; null while it can. */
  public String getUnusable() {
    if (offer == null) {
      return "This invitation link is not valid. Check you copied all of it from the email, or ask"
          + " your colleague to invite you again.";
    }
    return switch (offer.status()) {
      case OPEN -> null;
      case ACCEPTED -> "This invitation has already been used.";
      case REVOKED -> "This invitation has been withdrawn. Ask your colleague to invite you again.";
      case EXPIRED -> "This invitation has expired. Ask your colleague to invite you again.";
    };
  }

  public InvitationOffer getOffer() {
    return offer;
  }

  @Override
  public String anchor(String field) {
    return "join".equals(field) ? "join" : null;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
