package org.grantwise.interfaces.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.DecisionService;
import org.grantwise.application.ReleaseReport;

/**
 * Releasing a round's decisions to its applicants, all at once, on purpose; the page then lists any
 * decision that could not be released, and why.
 */
@Named
@RequestScoped
public class ReleaseView {

  @Inject DecisionService decisions;

  private List<ReleaseReport.NotReleased> notReleased = List.of();

  public void release(long roundId) {
    ReleaseReport report = decisions.release(roundId);
    int released = report.released();
    notReleased = report.notReleased();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                released == 0 && notReleased.isEmpty()
                    ? "There were no decided applications waiting to be released."
                    : released == 0
                        ? "No decision was released."
                        : released
                            + " decision"
                            + (released == 1 ? " has" : "s have")
                            + " been released to applicants.",
                null));
    if (!notReleased.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  notReleased.size()
                      + " decision"
                      + (notReleased.size() == 1 ? " was" : "s were")
                      + " not released: see the list below.",
                  null));
    }
  }

  /** The decisions the last release could not release, with the reason for each. */
  public List<ReleaseReport.NotReleased> getNotReleased() {
    return notReleased;
  }
}
