package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.ApplicationService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.GrantApplication;

/** The applicant's dashboard: their organisation's applications and starting a new one. */
@Named
@RequestScoped
public class DashboardView {

  @Inject ApplicationService applications;

  private List<GrantApplication> mine;

  public List<GrantApplication> getApplications() {
    if (mine == null) {
      mine = applications.mine();
    }
    return mine;
  }

  public String start(long roundId) {
    try {
      GrantApplication created = applications.start(roundId, null);
      return "/applicant/application?faces-redirect=true&id=" + created.getId();
    } catch (ValidationFailedException e) {
      e.errors()
          .forEach(
              err ->
                  FacesContext.getCurrentInstance()
                      .addMessage(
                          null,
                          new FacesMessage(FacesMessage.SEVERITY_ERROR, err.message(), null)));
      return null;
    }
  }
}
