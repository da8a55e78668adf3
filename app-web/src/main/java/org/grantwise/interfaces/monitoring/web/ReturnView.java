package org.grantwise.interfaces.monitoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.ReturnService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.monitoring.MonitoringReturn;
import org.grantwise.domain.model.monitoring.ReturnStatus;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;

/**
 * One period's monitoring return: the project's staff write and submit it; an officer accepts it or
 * asks a question. Which of these the page offers follows the return's status and the role.
 */
@Named
@ViewScoped
public class ReturnView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject ReturnService returns;

  private String ref;
  private String due;
  private ReturnStatus status;
  private String query;
  private String participantsReached;
  private String activitiesDelivered;
  private String whatWorked;
  private String barriers;
  private String enablers;
  private String unexpectedResults;
  private String coProductionChanges;
  private String newQuery;
  private List<FieldError> errors = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      show(returns.get(ref, dueOn()));
    } catch (NotFoundException | DateTimeParseException | NullPointerException e) {
      faces.getExternalContext().responseSendError(404, "No such return");
      faces.responseComplete();
    }
  }

  private LocalDate dueOn() {
    return LocalDate.parse(due);
  }

  private void show(MonitoringReturn r) {
    status = r.getStatus();
    query = r.getQuery();
    MonitoringReturn.Content c = r.content();
    participantsReached =
        c.participantsReached() == null ? null : String.valueOf(c.participantsReached());
    activitiesDelivered = c.activitiesDelivered();
    whatWorked = c.whatWorked();
    barriers = c.barriers();
    enablers = c.enablers();
    unexpectedResults = c.unexpectedResults();
    coProductionChanges = c.coProductionChanges();
  }

  public boolean isEditable() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("applicant")
        && (status == ReturnStatus.DRAFT || status == ReturnStatus.QUERIED);
  }

  public boolean isReviewable() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("officer")
        && status == ReturnStatus.SUBMITTED;
  }

  public String saveDraft() {
    if (write()) {
      message("Your draft return is saved.");
    }
    return null;
  }

  public String submit() {
    if (!write()) {
      return null;
    }
    try {
      show(returns.submit(ref, dueOn()));
      message("Your return is submitted. A fund officer will review it.");
      return "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (ValidationFailedException e) {
      return failed(e.errors());
    }
  }

  public String accept() {
    try {
      show(returns.accept(ref, dueOn()));
      message("The return is accepted.");
      return "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (IllegalStatusChangeException e) {
      return failed(List.of(new FieldError("newQuery", e.getMessage())));
    }
  }

  public String askQuery() {
    try {
      show(returns.query(ref, dueOn(), newQuery));
      message("Your question is sent to the project; the return is back with them.");
      return "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (ValidationFailedException e) {
      return failed(e.errors().stream().map(x -> new FieldError("newQuery", x.message())).toList());
    } catch (IllegalStatusChangeException e) {
      return failed(List.of(new FieldError("newQuery", e.getMessage())));
    }
  }

  private boolean write() {
    Integer participants = null;
    if (participantsReached != null && !participantsReached.isBlank()) {
      try {
        participants = Integer.valueOf(participantsReached.strip().replace(",", ""));
      } catch (NumberFormatException e) {
        failed(
            List.of(
                new FieldError(
                    "participantsReached", "Enter the number of participants, such as 42")));
        return false;
      }
    }
    try {
      show(
          returns.save(
              ref,
              dueOn(),
              new MonitoringReturn.Content(
                  participants,
                  activitiesDelivered,
                  whatWorked,
                  barriers,
                  enablers,
                  unexpectedResults,
                  coProductionChanges)));
      errors = List.of();
      return true;
    } catch (ValidationFailedException e) {
      failed(e.errors());
    } catch (IllegalStatusChangeException e) {
      failed(List.of(new FieldError("participantsReached", e.getMessage())));
    }
    return false;
  }

  private String failed(List<FieldError> problems) {
    errors = problems;
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  private static void message(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  @Override
  public String anchor(String field) {
    return field;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public String getQuery() {
    return query;
  }

  public String getParticipantsReached() {
    return participantsReached;
  }

  public void setParticipantsReached(String participantsReached) {
    this.participantsReached = participantsReached;
  }

  public String getActivitiesDelivered() {
    return activitiesDelivered;
  }

  public void setActivitiesDelivered(String activitiesDelivered) {
    this.activitiesDelivered = activitiesDelivered;
  }

  public String getWhatWorked() {
    return whatWorked;
  }

  public void setWhatWorked(String whatWorked) {
    this.whatWorked = whatWorked;
  }

  public String getBarriers() {
    return barriers;
  }

  public void setBarriers(String barriers) {
    this.barriers = barriers;
  }

  public String getEnablers() {
    return enablers;
  }

  public void setEnablers(String enablers) {
    this.enablers = enablers;
  }

  public String getUnexpectedResults() {
    return unexpectedResults;
  }

  public void setUnexpectedResults(String unexpectedResults) {
    this.unexpectedResults = unexpectedResults;
  }

  public String getCoProductionChanges() {
    return coProductionChanges;
  }

  public void setCoProductionChanges(String coProductionChanges) {
    this.coProductionChanges = coProductionChanges;
  }

  public String getNewQuery() {
    return newQuery;
  }

  public void setNewQuery(String newQuery) {
    this.newQuery = newQuery;
  }
}
