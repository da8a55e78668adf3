package org.grantwise.interfaces.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.ReturnService;
import org.grantwise.domain.model.monitoring.ReturnRepository;

/** Reporting periods of the project on the page, and the overdue returns for staff dashboards. */
@Named
@RequestScoped
public class ReturnsView {

  @Inject ReturnService returns;

  private List<ReturnService.Period> periods;
  private List<ReturnRepository.Overdue> overdue;

  public List<ReturnService.Period> periods(String projectRef) {
    if (periods == null) {
      periods = returns.periods(projectRef);
    }
    return periods;
  }

  public List<ReturnRepository.Overdue> getOverdue() {
    if (overdue == null) {
      overdue = returns.overdue();
    }
    return overdue;
  }

  /** A status as people read it. */
  public String label(ReturnService.Period p) {
    String text =
        switch (p.status()) {
          case NOT_STARTED -> "Not started";
          case DRAFT -> "Draft";
          case SUBMITTED -> "Submitted";
          case QUERIED -> "Queried by the fund";
          case ACCEPTED -> "Accepted";
        };
    return p.overdue() ? text + " (overdue)" : text;
  }

  public boolean isStaff() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("officer") || external.isUserInRole("manager");
  }
}
