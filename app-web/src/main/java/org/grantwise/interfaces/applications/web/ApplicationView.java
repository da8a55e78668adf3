package org.grantwise.interfaces.applications.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.ApplicationService;
import org.grantwise.application.AwardLetterService;
import org.grantwise.application.StaleApplicationException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.DocumentKind;
import org.grantwise.domain.model.application.FileType;
import org.grantwise.domain.model.application.FormDiff;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.application.Section;
import org.grantwise.domain.model.application.TooManyDocumentsException;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.applications.web.FormModel.LineRow;
import org.grantwise.interfaces.applications.web.FormModel.PartnerRow;
import org.grantwise.interfaces.applications.web.FormModel.YearRow;
import org.grantwise.interfaces.shared.FieldErrors;
import org.grantwise.interfaces.shared.LocalDateTimeText;

/**
 * One application as the applicant works on it: the task list, a section's form, check your answers
 * and submit. Holds only view state; every rule and every check of who may do what is in {@link
 * ApplicationService}.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  @Inject ApplicationService applications;

  @Inject AwardLetterService awardLetters;

  private Long id;
  private String section = Section.PROJECT.name();
  private String reference;
  private ApplicationStatus status;
  private String roundName;
  private LocalDate closesOn;
  private long version;
  private Instant submittedAt;
  private FormModel model;
  private List<Section> complete = List.of();
  private List<FieldError> errors = List.of();
  private String savedAt;
  private boolean conflict;
  private List<DocumentRow> documents = List.of();
  private DocumentKind documentKind;
  private transient Part file;
  private String awardedProject;

  private List<VersionRow> versions = List.of();
  private List<FormDiff.Change> changesSinceLastVersion = List.of();
  private List<FormDiff.Change> changesInLastResubmission = List.of();

  /** A submitted version as the history lists it. */
  public record VersionRow(int number, String submittedAt, String submittedBy)
      implements Serializable {}

  /** A document as the page lists it. */
  public record DocumentRow(long id, DocumentKind kind, String filename, long size, String sha256)
      implements Serializable {}

  /** Loads the application on the first request of the view; another organisation's is a 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No application");
      faces.responseComplete();
      return;
    }
    try {
      refresh(applications.get(id));
    } catch (ApplicationNotFoundException e) {
      faces.getExternalContext().responseSendError(404, "No application");
      faces.responseComplete();
    }
  }

  private void refresh(GrantApplication application) {
    reference = application.getReference();
    status = application.getStatus();
    roundName = application.getRound().getName();
    closesOn = application.getRound().getClosesOn();
    version = application.getVersion();
    submittedAt = application.getSubmittedAt();
    model = FormModel.of(application.getForm());
    awardedProject =
        status == ApplicationStatus.AWARDED
            ? awardLetters.letterFor(application.getId()).orElse(null)
            : null;
    complete = applications.completeSections(application.getId());
    versions =
        application.getVersions().stream()
            .map(
                v ->
                    new VersionRow(
                        v.getVersionNumber(),
                        DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm")
                            .withZone(UK)
                            .format(v.getSubmittedAt()),
                        v.getSubmittedBy()))
            .toList();
    changesSinceLastVersion =
        application.getVersions().isEmpty()
            ? List.of()
            : FormDiff.between(
                application.getVersions().get(application.getVersions().size() - 1).getForm(),
                application.getForm());
    int count = application.getVersions().size();
    changesInLastResubmission =
        count < 2
            ? List.of()
            : FormDiff.between(
                application.getVersions().get(count - 2).getForm(),
                application.getVersions().get(count - 1).getForm());
    documents =
        application.getDocuments().stream()
            .map(
                d ->
                    new DocumentRow(
                        d.getId(), d.getKind(), d.getFilename(), d.getSize(), d.getSha256()))
            .toList();
  }

  /** Uploads the chosen file; its type is checked by content on the server. */
  public void upload() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    errors = List.of();
    try {
      if (file == null || file.getSize() == 0) {
        throw new ValidationFailedException(
            List.of(new FieldError("file", "Select a file to upload")));
      }
      if (file.getSize() > FileType.MAX_BYTES) {
        throw new ValidationFailedException(
            List.of(new FieldError("file", "The selected file must be smaller than 10 MB")));
      }
      byte[] content;
      try (var in = file.getInputStream()) {
        content = in.readAllBytes();
      }
      applications.upload(id, documentKind, file.getSubmittedFileName(), content);
      refresh(applications.get(id));
      savedAt = LocalDateTimeText.now(TIME, UK);
      documentKind = null;
    } catch (ValidationFailedException e) {
      errors = e.errors();
      faces.validationFailed();
    } catch (IllegalStatusChangeException | TooManyDocumentsException e) {
      errors = List.of(new FieldError("status", e.getMessage()));
      faces.validationFailed();
    }
  }

  public void removeDocument(long documentId) {
    try {
      applications.removeDocument(id, documentId);
      refresh(applications.get(id));
      savedAt = LocalDateTimeText.now(TIME, UK);
    } catch (IllegalStatusChangeException e) {
      errors = List.of(new FieldError("status", e.getMessage()));
    }
  }

  public List<VersionRow> getVersions() {
    return versions;
  }

  /**
   * What the latest submitted version changed from the one before (for officers, after changes).
   */
  public List<FormDiff.Change> getChangesInLastResubmission() {
    return changesInLastResubmission;
  }

  public List<FormDiff.Change> getChangesSinceLastVersion() {
    return changesSinceLastVersion;
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  public DocumentKind[] getDocumentKinds() {
    return DocumentKind.values();
  }

  public DocumentKind getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(DocumentKind documentKind) {
    this.documentKind = documentKind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** Saves the whole form as it stands on the page. Problems are shown; nothing typed is lost. */
  public boolean save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    conflict = false;
    try {
      List<FieldError> typed = new ArrayList<>();
      var form = model.toForm(typed);
      if (!typed.isEmpty()) {
        throw new ValidationFailedException(typed);
      }
      GrantApplication saved = applications.update(id, version, form, null);
      version = saved.getVersion();
      complete = applications.completeSections(id);
      errors = List.of();
      savedAt = LocalDateTimeText.now(TIME, UK);
      return true;
    } catch (ValidationFailedException e) {
      errors = e.errors();
    } catch (StaleApplicationException e) {
      conflict = true;
      errors = List.of(new FieldError("conflict", e.getMessage()));
    } catch (IllegalStatusChangeException e) {
      errors = List.of(new FieldError("status", e.getMessage()));
    }
    faces.validationFailed();
    return false;
  }

  private String autosaveNote = "";
  private boolean confirmingWithdrawal;
  private String withdrawalReason;

  /** The first step of withdrawing: the page asks for confirmation and says what will happen. */
  public void askToWithdraw() {
    confirmingWithdrawal = true;
  }

  public void cancelWithdrawal() {
    confirmingWithdrawal = false;
  }

  public void withdraw() {
    try {
      refresh(applications.withdraw(id, withdrawalReason));
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  "Application " + reference + " has been withdrawn.",
                  null));
    } catch (IllegalStatusChangeException e) {
      errors = List.of(new FieldError("status", e.getMessage()));
    }
    confirmingWithdrawal = false;
  }

  public boolean isWithdrawable() {
    return status != null && status.canMoveTo(ApplicationStatus.WITHDRAWN);
  }

  public boolean isConfirmingWithdrawal() {
    return confirmingWithdrawal;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  /**
   * Saves in the background what is on the page, if it can be saved; problems are left for the next
   * explicit save to show, so typing is never interrupted.
   */
  public void autosave() {
    List<FieldError> typed = new ArrayList<>();
    var form = model.toForm(typed);
    if (!typed.isEmpty() || !isEditable()) {
      autosaveNote = " Not saved automatically: select Save to see what needs changing.";
      return;
    }
    try {
      GrantApplication saved = applications.update(id, version, form, null);
      version = saved.getVersion();
      complete = applications.completeSections(id);
      savedAt = LocalDateTimeText.now(TIME, UK);
      autosaveNote = "";
    } catch (ValidationFailedException e) {
      autosaveNote = " Not saved automatically: select Save to see what needs changing.";
    } catch (StaleApplicationException e) {
      autosaveNote = " Not saved automatically: a colleague saved this application. Select Save.";
    }
  }

  public String getAutosaveNote() {
    return autosaveNote;
  }

  /** How often the page saves by itself after a change; a system property for tests. */
  public long getAutosaveSeconds() {
    return Long.getLong("grantwise.autosave-seconds", 60);
  }

  public String saveAndReturn() {
    return save() ? "/applicant/application?faces-redirect=true&id=" + id : null;
  }

  /** Takes a colleague's newer version, leaving this user's text visible to copy from. */
  public void reloadLatest() {
    FormModel mine = model;
    refresh(applications.get(id));
    conflict = false;
    errors = List.of();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                "The latest saved version is now on the page. Your own text from before is shown below the form.",
                null));
    previousDraft = mine;
  }

  private FormModel previousDraft;

  public FormModel getPreviousDraft() {
    return previousDraft;
  }

  public String submit() {
    if (alreadySubmitted()) {
      return null;
    }
    if (!save()) {
      alreadySubmitted();
      return null;
    }
    try {
      applications.submit(id);
      return "/applicant/submitted?faces-redirect=true&id=" + id;
    } catch (ValidationFailedException e) {
      errors = e.errors();
    } catch (IllegalStatusChangeException e) {
      errors = List.of(new FieldError("status", e.getMessage()));
    }
    alreadySubmitted();
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /**
   * A second click, the back button or another tab (or a request racing this one) has submitted the
   * application already: that submission stands, this one changes nothing, and the page says so.
   */
  private boolean alreadySubmitted() {
    GrantApplication current = applications.get(id);
    if (current.getStatus().isEditableByApplicant()) {
      return false;
    }
    refresh(current);
    errors =
        List.of(
            new FieldError(
                "status",
                "This application has already been submitted. Nothing more was sent: it is"
                    + " with the fund now."));
    FacesContext.getCurrentInstance().validationFailed();
    return true;
  }

  // --- rows ------------------------------------------------------------------------------------

  public void addPartner() {
    model.getPartners().add(new PartnerRow());
  }

  public void removePartner(PartnerRow row) {
    model.getPartners().remove(row);
  }

  public void addYear() {
    if (model.getBudget().size() < 3) {
      YearRow year = new YearRow();
      year.year = model.getBudget().size() + 1;
      year.lines.add(new LineRow());
      model.getBudget().add(year);
    }
  }

  public void removeLastYear() {
    if (!model.getBudget().isEmpty()) {
      model.getBudget().remove(model.getBudget().size() - 1);
    }
  }

  public void addLine(YearRow year) {
    year.lines.add(new LineRow());
  }

  public void removeLine(YearRow year, LineRow line) {
    year.lines.remove(line);
  }

  public BigDecimal getTotalCost() {
    return model.getBudget().stream()
        .map(YearRow::getTotal)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal getTotalRequested() {
    return model.toForm(new ArrayList<>()).totalRequested();
  }

  // --- errors ----------------------------------------------------------------------------------

  /** Messages for anything under a path, e.g. every problem of partner 2. */
  public boolean hasErrorUnder(String prefix) {
    return errors.stream().anyMatch(e -> e.field().startsWith(prefix));
  }

  /**
   * The client id of the input a field path is shown in, for the error summary's links: {@code
   * coProduction.coDesign} → {@code coProduction_coDesign}, {@code budget[2].requested} → {@code
   * budget:1:requested} (rows are in ui:repeat), choices → their first option.
   */
  @Override
  public String anchor(String field) {
    String first =
        switch (field) {
          case "priorities",
              "primaryTheme",
              "secondaryThemes",
              "domains",
              "coProductionModel",
              "coProduction.currentLevel",
              "coProduction.targetLevel",
              "theoryOfChange.contexts",
              "theoryOfChange.mechanisms",
              "theoryOfChange.shortTermOutcomes",
              "theoryOfChange.longTermOutcomes" ->
              field.replace('.', '_') + ":0";
          case "behaviourChange.focus" -> "behaviourChange_focus_capability";
          case "partners" -> "add-partner";
          case "file" -> "file";
          case "kind" -> "kind:0";
          case "budget" -> "add-year";
          case "conflict" -> "reload-latest";
          default -> null;
        };
    if (first != null) {
      return first;
    }
    if (field.startsWith("documents")) {
      return "file";
    }
    StringBuilder id = new StringBuilder();
    boolean afterIndex = false;
    for (String part : field.split("\\.")) {
      if (id.length() > 0) {
        id.append(afterIndex ? ':' : '_');
      }
      Matcher m = INDEX.matcher(part);
      if (m.find()) {
        id.append(part, 0, m.start()).append(':').append(Integer.parseInt(m.group(1)) - 1);
        afterIndex = true;
      } else {
        id.append(part);
        afterIndex = false;
      }
    }
    String anchor = id.toString();
    return anchor.endsWith(":lines") ? anchor.replace(":lines", ":add-line") : anchor;
  }

  /** The section a problem belongs to, for the check-your-answers page's links. */
  public String sectionOf(String field) {
    try {
      return Section.of(field).name();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // --- task list -------------------------------------------------------------------------------

  public List<Section> getSections() {
    return List.of(Section.values());
  }

  public boolean isComplete(Section s) {
    return complete.contains(s);
  }

  /** Not started, in progress or completed, as the task list shows it. */
  public String taskStatus(Section s) {
    if (complete.contains(s)) {
      return "COMPLETED";
    }
    return startedSections().contains(s) ? "IN_PROGRESS" : "NOT_STARTED";
  }

  private List<Section> startedSections() {
    List<Section> started = new ArrayList<>();
    var f = model.toForm(new ArrayList<>());
    if (f.title() != null || f.summary() != null || f.primaryTheme() != null)
      started.add(Section.PROJECT);
    if (f.coProductionModel() != null || f.coProduction().needsAssessment() != null)
      started.add(Section.CO_PRODUCTION);
    if (f.behaviourChange().capability() != null
        || f.behaviourChange().focus().capability() != null) started.add(Section.BEHAVIOUR_CHANGE);
    if (!f.theoryOfChange().contexts().isEmpty() || f.theoryOfChange().rationale() != null)
      started.add(Section.THEORY_OF_CHANGE);
    if (!f.partners().isEmpty()) started.add(Section.PARTNERS);
    if (!f.budget().isEmpty()) started.add(Section.BUDGET);
    if (f.declarations().accepted() != null) started.add(Section.DECLARATIONS);
    if (!documents.isEmpty()) started.add(Section.DOCUMENTS);
    return started;
  }

  /** Every section but the declarations (which are on the check page) is complete. */
  public boolean isReadyToCheck() {
    return List.of(Section.values()).stream()
        .filter(s -> s != Section.DECLARATIONS)
        .allMatch(complete::contains);
  }

  public boolean isEditable() {
    return status != null && status.isEditableByApplicant();
  }

  // --- plain properties
  // ----------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section =
        Optional.ofNullable(section)
            .filter(s -> List.of(Section.values()).stream().anyMatch(v -> v.name().equals(s)))
            .orElse(Section.PROJECT.name());
  }

  public String getReference() {
    return reference;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getRoundName() {
    return roundName;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public FormModel getModel() {
    return model;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public String getSavedAt() {
    return savedAt;
  }

  public boolean isConflict() {
    return conflict;
  }

  /** The funded project's reference once the award is released, for the award letter link. */
  public String getAwardedProject() {
    return awardedProject;
  }
}
