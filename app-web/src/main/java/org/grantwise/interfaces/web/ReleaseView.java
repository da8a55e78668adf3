package org.grantwise.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.grantwise.application.AssessmentService;

/** Releasing a round's decisions to its applicants, all at once, on purpose. */
@Named
@RequestScoped
public class ReleaseView {

  @Inject AssessmentService assessments;

  public void release(long roundId) {
    int released = assessments.release(roundId);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                released == 0
                    ? "There were no decided applications waiting to be released."
                    : released
                        + " decision"
                        + (released == 1 ? " has" : "s have")
                        + " been released to applicants.",
                null));
  }
}
