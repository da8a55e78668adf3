package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.DocumentKind;
import org.grantwise.domain.model.application.DocumentRepository;
import org.grantwise.domain.model.application.FileType;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.Section;
import org.grantwise.domain.model.application.SupportingDocument;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.round.RoundStatus;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.infrastructure.audit.Audited;

/**
 * The applicant's use cases. Members of the owning organisation may change an application; officers
 * and managers may read it; everyone else is told it does not exist.
 */
@Stateless
@Audited
public class ApplicationService {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject AccessPolicy access;

  @Inject NotificationService notifications;

  @Inject ApplicationRepository applications;

  @Inject FundingRoundRepository rounds;

  @Inject VocabularyRepository vocabularies;

  @Inject DocumentRepository documents;

  @Inject AssessmentRepository assessments;

  private final Clock clock = Clock.systemUTC();

  /** Starts a draft for the caller's organisation, optionally with some of the form filled. */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication start(long roundId, ApplicationForm initial) {
    Organisation organisation =
        access
            .callerOrganisation()
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(
                            new FieldError(
                                "organisation",
                                "Give your organisation's details before you apply"))));
    FundingRound round = openRound(roundId);
    GrantApplication application =
        new GrantApplication(
            applications.nextReference(LocalDate.now(clock).getYear()),
            organisation,
            round,
            access.caller(),
            clock.instant());
    if (initial != null) {
      List<FieldError> problems =
          application.update(initial, vocabularyIndex(), access.caller(), clock.instant());
      if (!problems.isEmpty()) {
        throw new ValidationFailedException(problems);
      }
    }
    return loaded(applications.store(application));
  }

  /** An application the caller may see, with its round and organisation loaded. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public GrantApplication get(long id) {
    return loaded(visible(id));
  }

  /** Loads what callers outside the transaction read (round, organisation, history). */
  private static GrantApplication loaded(GrantApplication application) {
    application.getRound().getName();
    application.getOrganisation().getName();
    application.getVersions().size();
    application.getEvents().size();
    application.getDocuments().size();
    return application;
  }

  /** The caller's organisation's applications, the most recently changed first. */
  @RolesAllowed(Role.Names.APPLICANT)
  public List<GrantApplication> mine() {
    return access
        .callerOrganisation()
        .map(o -> applications.findByOrganisation(o.getId()))
        .orElse(List.of());
  }

  /**
   * Saves a new form (and, for a draft, perhaps another round). {@code expectedVersion} is the
   * version the caller loaded; if a colleague saved since, nothing is saved.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication update(
      long id, Long expectedVersion, ApplicationForm form, Long roundId) {
    GrantApplication application = ownedByCaller(id);
    if (expectedVersion != null && expectedVersion != application.getVersion()) {
      throw new StaleApplicationException();
    }
    if (roundId != null && !roundId.equals(application.getRound().getId())) {
      application.moveToRound(openRound(roundId), access.caller(), clock.instant());
    }
    List<FieldError> problems =
        application.update(form, vocabularyIndex(), access.caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return loaded(application);
  }

  /** Submits; every problem across all sections is reported at once. */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication submit(long id) {
    // Locked: a second submit at the same moment (double click, two tabs) waits, then is refused.
    GrantApplication application = ownedByCaller(id, applications.findForChange(id));
    boolean resubmission = application.getStatus() == ApplicationStatus.CHANGES_REQUESTED;
    List<FieldError> problems =
        application.submit(vocabularyIndex(), access.caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    if (resubmission) {
      // The officers score the new version: their assessments open again, and any moderated
      // score of the old one no longer stands (both changes are in the audit log).
      assessments.assessments(id).forEach(a -> a.reopen(clock.instant()));
      assessments.moderation(id).ifPresent(assessments::remove);
    }
    notifications.submissionReceived(application, resubmission);
    return loaded(application);
  }

  /**
   * Withdraws, before a decision is recorded. Locked like a decision is, so a withdrawal and a
   * decision at the same moment cannot both succeed.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public GrantApplication withdraw(long id, String reason) {
    GrantApplication application = ownedByCaller(id, applications.findForChange(id));
    application.withdraw(
        access.caller(), clock.instant(), reason, assessments.decision(id).isPresent());
    return loaded(application);
  }

  /** Which sections meet the submit rules now, for the task list. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Section> completeSections(long id) {
    return visible(id).completeSections(vocabularyIndex(), LocalDate.now(clock.withZone(UK)));
  }

  /**
   * Attaches a supporting document. Its type is recognised from the content, never from the name;
   * it must be a PDF, DOCX, XLSX or image of at most 10 MB.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public SupportingDocument upload(long id, DocumentKind kind, String filename, byte[] content) {
    GrantApplication application = ownedByCaller(id);
    if (kind == null) {
      throw invalid("kind", "Select what the document is");
    }
    if (content == null || content.length == 0) {
      throw invalid("file", "The selected file is empty");
    }
    if (content.length > FileType.MAX_BYTES) {
      throw invalid("file", "The selected file must be smaller than 10 MB");
    }
    FileType type =
        FileType.detect(content)
            .orElseThrow(
                () ->
                    invalid(
                        "file",
                        "The selected file must be a PDF, Word document (DOCX), Excel spreadsheet"
                            + " (XLSX) or image (PNG, JPEG or GIF)"));
    FileType.hazard(content)
        .ifPresent(
            reason -> {
              throw invalid("file", reason);
            });
    SupportingDocument document =
        application.attach(
            kind,
            safeFilename(filename, type),
            type,
            content.length,
            sha256(content),
            access.caller(),
            clock.instant());
    documents.storeContent(document, content);
    return document;
  }

  /** A document's content, for anyone who may see the application. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public DocumentDownload download(long id, long documentId) {
    visible(id);
    SupportingDocument document =
        documents.find(id, documentId).orElseThrow(() -> new ApplicationNotFoundException(id));
    return new DocumentDownload(
        document.getFilename(),
        document.getContentType(),
        document.getSha256(),
        documents.content(document.getId()));
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public void removeDocument(long id, long documentId) {
    GrantApplication application = ownedByCaller(id);
    SupportingDocument document =
        documents.find(id, documentId).orElseThrow(() -> new ApplicationNotFoundException(id));
    application.detach(document, access.caller(), clock.instant());
  }

  private static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }

  /**
   * The name without any path, control characters or more than 200 characters, ending in the
   * extension of the type the content was recognised as ({@link FileType#withExtension}).
   */
  static String safeFilename(String filename, FileType type) {
    String name = filename == null ? "" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
    name = name.isEmpty() ? "document." + type.extension() : type.withExtension(name);
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * The application if the caller may read it: its organisation's members always; a manager once it
   * is submitted; an officer once it is submitted, assigned to them and they have declared no
   * conflict of interest. Anyone else is told it does not exist.
   */
  private GrantApplication visible(long id) {
    GrantApplication application =
        applications.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    if (!access.mayRead(application)) {
      throw new ApplicationNotFoundException(id);
    }
    return application;
  }

  private GrantApplication ownedByCaller(long id) {
    return ownedByCaller(id, applications.find(id));
  }

  private GrantApplication ownedByCaller(long id, Optional<GrantApplication> found) {
    GrantApplication application = found.orElseThrow(() -> new ApplicationNotFoundException(id));
    if (!access.owns(application)) {
      throw new ApplicationNotFoundException(id);
    }
    return application;
  }

  private FundingRound openRound(long roundId) {
    FundingRound round =
        rounds
            .find(roundId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        List.of(
                            new FieldError("roundId", "Select a funding round from the list"))));
    if (round.statusOn(LocalDate.now(clock.withZone(UK))) != RoundStatus.OPEN) {
      throw new ValidationFailedException(
          List.of(new FieldError("roundId", "This funding round is not open for applications")));
    }
    return round;
  }

  private VocabularyIndex vocabularyIndex() {
    return new VocabularyIndex(vocabularies.findAllActive());
  }
}
