package org.grantwise.interfaces.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.OrganisationService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.organisation.Organisation;

/** The officer's list of organisations waiting to be verified. */
@Named
@RequestScoped
public class VerificationView {

  @Inject OrganisationService organisations;

  private List<Organisation> waiting;

  public List<Organisation> getWaiting() {
    if (waiting == null) {
      waiting = organisations.awaitingVerification();
    }
    return waiting;
  }

  public void verify(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Organisation verified = organisations.verify(id);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              verified.getName() + " is verified: its members can now submit applications.",
              null));
    } catch (ValidationFailedException e) {
      e.errors()
          .forEach(
              err ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, err.message(), null)));
    }
    waiting = null;
  }
}
