package org.grantwise.interfaces.monitoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.application.MonitoringService;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.admin.web.VocabulariesView;
import org.grantwise.interfaces.shared.FieldErrors;

/**
 * A funded project's monitoring page: the project, its outcome records a page at a time (the page
 * number in the address), removing one record and erasing a respondent.
 */
@Named
@RequestScoped
public class ProjectView implements FieldErrors {

  static final int PAGE_SIZE = 25;

  @Inject MonitoringService monitoring;

  private String ref;
  private int page;
  private FundedProject project;
  private MonitoringService.RecordPage records;
  private String eraseRef;
  private List<FieldError> errors = List.of();

  /**
   * The project from the address, also on a postback: the delete buttons sit in a repeat whose rows
   * are read before view parameters are applied, so the forms carry {@code ref} too.
   */
  @PostConstruct
  void init() {
    ref =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
  }

  /** A project the caller may not see answers 404, as if it did not exist. */
  public void load() throws IOException {
    try {
      getProject();
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such project");
      faces.responseComplete();
    }
  }

  public FundedProject getProject() {
    if (project == null) {
      project = monitoring.project(ref);
    }
    return project;
  }

  public LocalDate getEndDate() {
    FundedProject p = getProject();
    return p.getStartDate().plusMonths(12L * Math.max(1, p.getAmounts().size())).minusDays(1);
  }

  public MonitoringService.RecordPage getRecords() {
    if (records == null) {
      records = monitoring.records(ref, page, PAGE_SIZE);
    }
    return records;
  }

  public boolean isMayRecord() {
    return monitoring.mayRecord();
  }

  public boolean isMayErase() {
    return monitoring.mayErase();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < getRecords().total();
  }

  public int getFirstShown() {
    return getRecords().records().isEmpty() ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLastShown() {
    return page * PAGE_SIZE + getRecords().records().size();
  }

  /** A section as people read it: not asked, none, or the labels. */
  public String section(List<String> codes, String vocabulary, VocabulariesView labels) {
    if (codes == null) {
      return "Not asked";
    }
    if (codes.isEmpty()) {
      return "None";
    }
    return String.join(", ", codes.stream().map(c -> labels.label(vocabulary, c)).toList());
  }

  public String delete(long id) {
    monitoring.delete(ref, id);
    message("The record was deleted.");
    return "/projects/project?faces-redirect=true&ref=" + ref;
  }

  public String erase() {
    try {
      int erased = monitoring.erase(ref, eraseRef);
      message(
          "The respondent's "
              + erased
              + (erased == 1 ? " record was" : " records were")
              + " erased: they no longer carry the code "
              + eraseRef.strip()
              + ".");
      return "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (ValidationFailedException e) {
      errors = List.of(new FieldError("eraseRef", e.errors().get(0).message()));
    } catch (NotFoundException e) {
      errors =
          List.of(new FieldError("eraseRef", "There are no records with the code " + eraseRef));
    }
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public String getEraseRef() {
    return eraseRef;
  }

  public void setEraseRef(String eraseRef) {
    this.eraseRef = eraseRef;
  }

  /** Records shown on this page. */
  public List<OutcomeRecord> getRows() {
    return getRecords().records();
  }
}
