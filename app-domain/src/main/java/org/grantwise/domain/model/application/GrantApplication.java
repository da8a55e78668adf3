package org.grantwise.domain.model.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An organisation's application to a funding round. The form changes only through {@link #update},
 * the status only through the commands here, each of which refuses what the status machine does not
 * allow. Submitting freezes the form as an immutable {@link ApplicationVersion}.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** The most supporting documents an application may have. */
  public static final int MOST_DOCUMENTS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String reference;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private FundingRound round;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  private String title;

  @Column(name = "primary_theme")
  private String primaryTheme;

  @Column(name = "co_production_model")
  private String coProductionModel;

  @Column(name = "total_requested")
  private java.math.BigDecimal totalRequested;

  @Column(name = "area_served")
  private String areaServed;

  @ColumnTransformer(write = "?::jsonb")
  @Column(columnDefinition = "jsonb")
  private ApplicationForm form;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("versionNumber")
  private List<ApplicationVersion> versions = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt, id")
  private List<ApplicationEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, orphanRemoval = true)
  @OrderBy("kind, uploadedAt")
  private List<SupportingDocument> documents = new ArrayList<>();

  protected GrantApplication() {}

  /** A new draft; the reference is assigned by the repository from a database sequence. */
  public GrantApplication(
      String reference, Organisation organisation, FundingRound round, String user, Instant at) {
    this.reference = reference;
    this.organisation = organisation;
    this.round = round;
    this.status = ApplicationStatus.DRAFT;
    this.form = ApplicationForm.empty();
    this.createdBy = user;
    this.createdAt = at;
    this.updatedBy = user;
    this.updatedAt = at;
    record(user, at, "CREATED", null, ApplicationStatus.DRAFT, null);
  }

  /**
   * Replaces the form with a new one that passes the save rules. Refused while the application is
   * not with the applicant; problems are returned, and nothing changes.
   */
  public List<FieldError> update(
      ApplicationForm changed, VocabularyIndex vocabularies, String user, Instant at) {
    requireEditable();
    List<FieldError> problems = ApplicationRules.checkFormat(changed, vocabularies);
    if (!problems.isEmpty()) {
      return problems;
    }
    this.form = changed;
    this.title = changed.title();
    this.primaryTheme = changed.primaryTheme();
    this.coProductionModel = changed.coProductionModel();
    this.totalRequested = changed.totalRequested();
    this.areaServed = changed.areaServed();
    this.updatedBy = user;
    this.updatedAt = at;
    return List.of();
  }

  /** Moves a draft to another round, while it is still a draft. */
  public void moveToRound(FundingRound other, String user, Instant at) {
    if (status != ApplicationStatus.DRAFT) {
      throw new IllegalStatusChangeException("Only a draft can move to another round");
    }
    this.round = other;
    this.updatedBy = user;
    this.updatedAt = at;
  }

  /**
   * Submits (or resubmits after changes were requested). Returns the problems that stop it; when
   * there are none the status moves on and the form is frozen as a new version.
   */
  public List<FieldError> submit(VocabularyIndex vocabularies, String user, Instant at) {
    ApplicationStatus target =
        status == ApplicationStatus.CHANGES_REQUESTED
            ? ApplicationStatus.RESUBMITTED
            : ApplicationStatus.SUBMITTED;
    if (!status.canMoveTo(target)) {
      throw new IllegalStatusChangeException(
          "This application has already been submitted (it is " + status + ")");
    }
    List<FieldError> problems = new ArrayList<>();
    if (!organisation.isVerified()) {
      problems.add(
          new FieldError(
              "organisation",
              "Your organisation must be verified by a fund officer before you can submit"));
    }
    problems.addAll(
        ApplicationRules.checkComplete(form, round, LocalDate.ofInstant(at, UK), vocabularies));
    problems.addAll(missingDocuments());
    if (!problems.isEmpty()) {
      return problems;
    }
    versions.add(new ApplicationVersion(this, versions.size() + 1, round, form, user, at));
    record(user, at, target.name(), status, target, null);
    this.status = target;
    this.submittedAt = at;
    this.updatedBy = user;
    this.updatedAt = at;
    return List.of();
  }

  /** An officer starts on a submitted application; it stays under assessment until decided. */
  public void beginAssessment(String user, Instant at) {
    if (status == ApplicationStatus.UNDER_ASSESSMENT) {
      return;
    }
    move(ApplicationStatus.UNDER_ASSESSMENT, "ASSESSMENT_STARTED", user, at, null);
  }

  /** The fund sends the application back to the applicant with what must change. */
  public void returnForChanges(String whatMustChange, String user, Instant at) {
    move(ApplicationStatus.CHANGES_REQUESTED, "CHANGES_REQUESTED", user, at, whatMustChange);
  }

  /** A released decision: awarded or declined, for good. */
  public void conclude(boolean awarded, String user, Instant at) {
    ApplicationStatus target = awarded ? ApplicationStatus.AWARDED : ApplicationStatus.DECLINED;
    whyNotConcludable()
        .ifPresent(
            reason -> {
              throw new IllegalStatusChangeException(reason);
            });
    move(target, target.name(), user, at, null);
  }

  /**
   * Why a recorded decision cannot be released to this application now, if it cannot: a decision
   * concludes only an application that is still under assessment.
   */
  public Optional<String> whyNotConcludable() {
    return switch (status) {
      case UNDER_ASSESSMENT -> Optional.empty();
      case WITHDRAWN ->
          Optional.of("The application was withdrawn after the decision was recorded");
      case AWARDED, DECLINED -> Optional.of("The application has already been decided");
      default ->
          Optional.of(
              "The application is "
                  + status.name().toLowerCase().replace('_', ' ')
                  + ", not under assessment");
    };
  }

  private void move(
      ApplicationStatus target, String event, String user, Instant at, String detail) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStatusChangeException(
          "An application that is "
              + status.name().toLowerCase().replace('_', ' ')
              + " cannot become "
              + target.name().toLowerCase().replace('_', ' '));
    }
    record(user, at, event, status, target, detail);
    this.status = target;
    this.updatedBy = user;
    this.updatedAt = at;
  }

  /**
   * The applicant withdraws the application; possible at any time before the fund records a
   * decision. The decision is kept beside the application (and hidden from the applicant until
   * release), so the caller says whether one has been recorded; once it has, the round's release
   * counts on this application staying as it is.
   */
  public void withdraw(String user, Instant at, String reason, boolean decisionRecorded) {
    if (decisionRecorded && status == ApplicationStatus.UNDER_ASSESSMENT) {
      throw new IllegalStatusChangeException(
          "The fund has made its decision on this application and it is being released; the"
              + " application can no longer be withdrawn. You will be told the decision when the"
              + " round's decisions are released.");
    }
    if (!status.canMoveTo(ApplicationStatus.WITHDRAWN)) {
      throw new IllegalStatusChangeException(
          "An application that is "
              + status.name().toLowerCase().replace('_', ' ')
              + " cannot be withdrawn");
    }
    record(user, at, "WITHDRAWN", status, ApplicationStatus.WITHDRAWN, reason);
    this.status = ApplicationStatus.WITHDRAWN;
    this.updatedBy = user;
    this.updatedAt = at;
  }

  private void requireEditable() {
    if (!status.isEditableByApplicant()) {
      throw new IllegalStatusChangeException(
          "This application cannot be changed now: it is "
              + status.name().toLowerCase().replace('_', ' '));
    }
  }

  private void record(
      String user,
      Instant at,
      String type,
      ApplicationStatus from,
      ApplicationStatus to,
      String detail) {
    events.add(new ApplicationEvent(this, at, user, type, from, to, detail));
  }

  /** The required documents not uploaded yet, as problems of the documents section. */
  public List<FieldError> missingDocuments() {
    List<FieldError> missing = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequired() && documents.stream().noneMatch(d -> d.getKind() == kind)) {
        missing.add(
            new FieldError(
                "documents." + kind.name(),
                switch (kind) {
                  case GOVERNING_DOCUMENT -> "Upload your governing document";
                  case ACCOUNTS -> "Upload your latest accounts";
                  case SAFEGUARDING_POLICY -> "Upload your safeguarding policy";
                  case OTHER -> "Upload the document";
                }));
      }
    }
    return missing;
  }

  /**
   * Attaches a file whose type was recognised from its content. Only while the application is with
   * the applicant; the bytes are stored by the caller through the document repository.
   */
  public SupportingDocument attach(
      DocumentKind kind,
      String filename,
      FileType type,
      long size,
      String sha256,
      String user,
      Instant at) {
    requireEditable();
    if (documents.size() >= MOST_DOCUMENTS) {
      throw new TooManyDocumentsException(MOST_DOCUMENTS);
    }
    SupportingDocument document =
        new SupportingDocument(this, kind, filename, type, size, sha256, user, at);
    documents.add(document);
    this.updatedBy = user;
    this.updatedAt = at;
    return document;
  }

  /** Removes a document, while the application is with the applicant. */
  public void detach(SupportingDocument document, String user, Instant at) {
    requireEditable();
    documents.remove(document);
    this.updatedBy = user;
    this.updatedAt = at;
  }

  public List<SupportingDocument> getDocuments() {
    return List.copyOf(documents);
  }

  /** Sections complete by the submit rules (round and organisation aside). */
  public List<Section> completeSections(VocabularyIndex vocabularies, LocalDate today) {
    List<FieldError> problems =
        new ArrayList<>(ApplicationRules.checkComplete(form, round, today, vocabularies));
    problems.addAll(missingDocuments());
    List<Section> complete = new ArrayList<>();
    for (Section section : Section.values()) {
      if (problems.stream().noneMatch(p -> section.owns(p.field()))) {
        complete.add(section);
      }
    }
    return complete;
  }

  public boolean belongsTo(long organisationId) {
    return organisation.getId() == organisationId;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public FundingRound getRound() {
    return round;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<ApplicationVersion> getVersions() {
    return List.copyOf(versions);
  }

  public List<ApplicationEvent> getEvents() {
    return List.copyOf(events);
  }
}
