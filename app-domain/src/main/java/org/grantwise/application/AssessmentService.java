package org.grantwise.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Assignment;
import org.grantwise.domain.model.assessment.AwardRules;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.Criterion;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.Disagreement;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;
import org.grantwise.infrastructure.audit.AuditEntry;
import org.grantwise.infrastructure.audit.AuditTrail;
import org.grantwise.infrastructure.audit.Audited;
import org.grantwise.infrastructure.cache.RecentFigures;
import org.grantwise.infrastructure.identity.StaffDirectory;

/**
 * The fund's side: assigning officers, conflict declarations, scoring, decisions, releasing
 * decisions and the funded projects awards create. Illegal moves change nothing and say why.
 */
@Stateless
@Audited
public class AssessmentService {

  @Resource SessionContext session;

  @Inject AssessmentRepository assessments;

  @Inject StaffDirectory staff;

  @Inject ApplicationRepository applications;

  @Inject FundingRoundRepository rounds;

  @Inject VocabularyRepository vocabularies;

  @Inject CallerAccounts callers;

  @Inject AuditTrail auditTrail;

  @Inject NotificationService notifications;

  @Inject RecentFigures figures;

  @Inject DecisionRelease decisionRelease;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
  public List<Criterion> criteria(long roundId) {
    rounds.find(roundId).orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    return assessments.criteria(roundId);
  }

  /**
   * Assigns an officer (and optionally a moderator); a manager, or an officer to themself where the
   * round allows it.
   */
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  public Assignment assign(long applicationId, String officer, String moderator) {
    GrantApplication application = submitted(applicationId);
    if (!session.isCallerInRole(Role.Names.MANAGER)) {
      if (!application.getRound().isSelfAssignment()
          || !caller().equals(officer)
          || moderator != null) {
        throw new NotAllowedException("Only a manager assigns applications in this round");
      }
    }
    if (officer == null || officer.isBlank() || officer.length() > 255) {
      throw invalid("officer", "Give the username of the officer who assesses the application");
    }
    if (officer.equals(moderator)) {
      throw invalid("moderator", "The moderator must be a second officer");
    }
    Optional<Set<String>> officers = staff.officers();
    if (officers.isPresent()) {
      if (!officers.get().contains(officer)) {
        throw invalid("officer", "There is no fund officer with the username " + officer);
      }
      if (moderator != null && !moderator.isBlank() && !officers.get().contains(moderator)) {
        throw invalid("moderator", "There is no fund officer with the username " + moderator);
      }
    }
    application.beginAssessment(caller(), clock.instant());
    figures.forgetAfterCommit(WorkloadService.FIGURES);
    Optional<Assignment> existing = assessments.assignment(applicationId);
    if (existing.isPresent()) {
      existing.get().reassign(officer, moderator, caller(), clock.instant());
      return existing.get();
    }
    return assessments.store(
        new Assignment(applicationId, officer, moderator, caller(), clock.instant()));
  }

  /** The assigned officer's declaration, required before they read or score the application. */
  @RolesAllowed(Role.Names.OFFICER)
  public ConflictDeclaration declare(long applicationId, boolean conflict, String reason) {
    submitted(applicationId);
    Assignment assignment = assignedToCaller(applicationId);
    if (assessments.declaration(applicationId, caller()).isPresent()) {
      throw new IllegalStatusChangeException(
          "You have already made your declaration for this application");
    }
    if (conflict && (reason == null || reason.isBlank())) {
      throw invalid("reason", "Say what the conflict of interest is");
    }
    if (reason != null && reason.length() > 1000) {
      throw invalid("reason", "The reason must be 1000 characters or fewer");
    }
    return assessments.store(
        new ConflictDeclaration(
            assignment.getApplicationId(), caller(), conflict, reason, clock.instant()));
  }

  /** Saves the caller's assessment as a draft, or completes it. */
  @RolesAllowed(Role.Names.OFFICER)
  public Assessment assess(long applicationId, AssessmentInput input) {
    GrantApplication application = submitted(applicationId);
    requireClearedAssessor(applicationId);
    if (application.getStatus() != ApplicationStatus.UNDER_ASSESSMENT) {
      throw new IllegalStatusChangeException(
          "This application is not being assessed now (it is "
              + application.getStatus().name().toLowerCase().replace('_', ' ')
              + ")");
    }
    Assessment assessment =
        assessments
            .assessment(applicationId, caller())
            .orElseGet(
                () -> assessments.store(new Assessment(applicationId, caller(), clock.instant())));
    if (assessment.getStatus() == Assessment.Status.COMPLETED) {
      throw new IllegalStatusChangeException(
          "You have completed this assessment; it cannot change");
    }
    Set<String> models =
        vocabularies.findAllActive().stream()
            .filter(t -> t.getVocabulary() == Vocabulary.CO_PRODUCTION_MODEL)
            .map(VocabularyTerm::getCode)
            .collect(Collectors.toSet());
    List<FieldError> problems =
        assessment.record(
            input.scores() == null ? List.of() : input.scores(),
            input.coProductionModel(),
            input.modelReason(),
            input.recommendation(),
            input.comment(),
            input.complete(),
            assessments.criteria(application.getRound().getId()),
            application.getForm().coProductionModel(),
            models,
            clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return assessment;
  }

  /**
   * A manager's decision. An award creates the funded project; nothing is shown to the applicant
   * until release.
   */
  @RolesAllowed(Role.Names.MANAGER)
  public Optional<FundedProject> decide(long applicationId, DecisionInput input) {
    GrantApplication application =
        applications
            .findForChange(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    if (application.getStatus() == ApplicationStatus.DRAFT
        || application.getStatus() == ApplicationStatus.WITHDRAWN) {
      throw new IllegalStatusChangeException("Only a submitted application can be decided");
    }
    if (assessments.decision(applicationId).isPresent()) {
      throw new IllegalStatusChangeException("This application has already been decided");
    }
    figures.forgetAfterCommit(WorkloadService.FIGURES);
    if (input.decision() == null) {
      throw invalid("decision", "Give the decision: AWARD, DECLINE or REQUEST_CHANGES");
    }
    if (input.decision() != Recommendation.REQUEST_CHANGES
        && needsModeration(applicationId)
        && assessments.moderation(applicationId).isEmpty()) {
      throw new IllegalStatusChangeException(
          "The two assessments differ by more than the round's threshold: record the moderated"
              + " score before deciding");
    }
    application.beginAssessment(caller(), clock.instant());
    switch (input.decision()) {
      case REQUEST_CHANGES -> {
        requireText("reason", input.reason(), "Say what must change");
        application.returnForChanges(input.reason(), caller(), clock.instant());
        notifications.changesRequested(application, input.reason());
        return Optional.empty();
      }
      case DECLINE -> {
        requireText("reason", input.reason(), "Give the reason for declining");
        assessments.store(
            new Decision(
                applicationId,
                Recommendation.DECLINE,
                input.reason(),
                null,
                null,
                caller(),
                clock.instant()));
        return Optional.empty();
      }
      default -> {
        return Optional.of(award(application, input));
      }
    }
  }

  private FundedProject award(GrantApplication application, DecisionInput input) {
    FundingRound round = application.getRound();
    List<AwardRules.AwardedYear> given =
        (input.awardedAmounts() == null
                ? List.<DecisionInput.YearAmount>of()
                : input.awardedAmounts())
            .stream().map(y -> new AwardRules.AwardedYear(y.year(), y.amount())).toList();
    String noAssessmentReason =
        input.noAssessmentReason() == null || input.noAssessmentReason().isBlank()
            ? null
            : input.noAssessmentReason().strip();
    List<FieldError> problems =
        AwardRules.check(
            limits(application),
            hasCompletedAssessment(application.getId()),
            new AwardRules.Terms(
                given, input.startDate(), input.reason(), input.conditions(), noAssessmentReason));
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    List<FundedProject.YearAmount> amounts =
        given.stream()
            .map(y -> new FundedProject.YearAmount(y.year(), y.amount()))
            .sorted(java.util.Comparator.comparingInt(FundedProject.YearAmount::getYear))
            .toList();
    String model =
        assessments.assessments(application.getId()).stream()
            .filter(a -> a.getStatus() == Assessment.Status.COMPLETED)
            .map(Assessment::getCoProductionModel)
            .filter(m -> m != null)
            .reduce((first, second) -> second)
            .orElse(application.getForm().coProductionModel());
    assessments.store(
        Decision.award(
            application.getId(),
            input.reason(),
            input.startDate(),
            input.conditions(),
            noAssessmentReason,
            caller(),
            clock.instant()));
    return assessments.store(
        new FundedProject(
            assessments.nextProjectReference(LocalDate.now(clock).getYear()),
            application.getId(),
            application.getOrganisation().getId(),
            round.getId(),
            application.getTitle(),
            application.getForm().primaryTheme(),
            model,
            input.startDate(),
            amounts,
            clock.instant()));
  }

  /** The limits of an award on the application today, as the manager's page shows them. */
  @RolesAllowed(Role.Names.MANAGER)
  public AwardRules.Limits awardLimits(long applicationId) {
    return limits(submitted(applicationId));
  }

  /** Whether an officer has completed an assessment of the application. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public boolean hasCompletedAssessment(long applicationId) {
    return assessments.assessments(applicationId).stream()
        .anyMatch(a -> a.getStatus() == Assessment.Status.COMPLETED);
  }

  private AwardRules.Limits limits(GrantApplication application) {
    return AwardRules.limits(
        application.getForm(), application.getRound(), LocalDate.ofInstant(clock.instant(), UK));
  }

  /** The officers' queue of submitted applications. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public org.grantwise.domain.model.application.QueueQuery.Page queue(
      org.grantwise.domain.model.application.QueueQuery query) {
    return applications.queue(query);
  }

  /**
   * Releases every decided, unreleased application of the round to its applicants, each in a
   * transaction of its own: what can be released is, and each decision that cannot be is reported
   * with the reason and left as it was.
   */
  @RolesAllowed(Role.Names.MANAGER)
  public ReleaseReport release(long roundId) {
    rounds.find(roundId).orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    int released = 0;
    List<ReleaseReport.NotReleased> notReleased = new ArrayList<>();
    for (Decision decision : assessments.unreleasedDecisions(roundId)) {
      long applicationId = decision.getApplicationId();
      try {
        if (decisionRelease.release(applicationId)) {
          released++;
        }
      } catch (IllegalStatusChangeException refused) {
        notReleased.add(
            new ReleaseReport.NotReleased(
                applicationId,
                applications.find(applicationId).map(GrantApplication::getReference).orElse(null),
                refused.getMessage()));
      }
    }
    return new ReleaseReport(released, notReleased);
  }

  /** Funded projects: an applicant sees their organisation's released ones; staff see all. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public List<FundedProject> projects() {
    if (isStaff()) {
      return assessments.releasedProjects(null);
    }
    return callerOrganisation().map(o -> assessments.releasedProjects(o.getId())).orElse(List.of());
  }

  /** Staff's home pages: the most recently funded released projects, newest first. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<FundedProject> recentProjects(int max) {
    return assessments.recentReleasedProjects(max);
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public long projectCount() {
    return assessments.releasedProjectCount();
  }

  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER})
  public FundedProject project(String projectRef) {
    return assessments
        .releasedProject(projectRef)
        .filter(
            p ->
                isStaff()
                    || callerOrganisation()
                        .map(o -> o.getId() == p.getOrganisationId())
                        .orElse(false))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "There is no funded project " + projectRef + " that you can see"));
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Assessment> assessmentsOf(long applicationId) {
    return assessments.assessments(applicationId);
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<ConflictDeclaration> declarationsOf(long applicationId) {
    return assessments.declarations(applicationId);
  }

  /** Whether two completed assessments differ by more than the round's threshold. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public boolean needsModeration(long applicationId) {
    return disagreement(applicationId).isPresent();
  }

  private Optional<Disagreement> disagreement(long applicationId) {
    GrantApplication application =
        applications
            .find(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    return Disagreement.among(
        assessments.assessments(applicationId), application.getRound().getModerationThreshold());
  }

  /**
   * Records the score agreed between two assessments that differ by more than the round's
   * threshold: a manager, or the application's moderator.
   */
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  public Moderation moderate(long applicationId, BigDecimal total, String note) {
    GrantApplication application = submitted(applicationId);
    if (!session.isCallerInRole(Role.Names.MANAGER)
        && !assessments
            .assignment(applicationId)
            .map(a -> caller().equals(a.getModerator()))
            .orElse(false)) {
      throw new NotAllowedException("Only a manager or this application's moderator moderates it");
    }
    if (assessments.decision(applicationId).isPresent()) {
      throw new IllegalStatusChangeException("This application has already been decided");
    }
    if (assessments.moderation(applicationId).isPresent()) {
      throw new IllegalStatusChangeException("A moderated score has already been recorded");
    }
    Disagreement disagreement =
        disagreement(applicationId)
            .orElseThrow(
                () ->
                    new IllegalStatusChangeException(
                        "Moderation is only needed when two completed assessments differ by more"
                            + " than "
                            + application
                                .getRound()
                                .getModerationThreshold()
                                .stripTrailingZeros()
                                .toPlainString()
                            + " points"));
    disagreement
        .whyNotModeratedBy(caller())
        .ifPresent(
            reason -> {
              throw new NotAllowedException(reason);
            });
    List<FieldError> problems = new ArrayList<>();
    if (total == null
        || total.signum() < 0
        || total.compareTo(BigDecimal.valueOf(100)) > 0
        || total.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldError("score", "Give the moderated score from 0 to 100, like 62.5"));
    }
    if (note == null || note.isBlank()) {
      problems.add(new FieldError("note", "Say how the moderated score was agreed"));
    } else if (note.length() > 4000) {
      problems.add(new FieldError("note", "Keep the note to 4000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return assessments.store(
        new Moderation(applicationId, total, note.strip(), caller(), clock.instant()));
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public Optional<Moderation> moderationOf(long applicationId) {
    return assessments.moderation(applicationId);
  }

  /** What an assessor needs to judge a conflict of interest, before reading the application. */
  public record CaseSummary(
      long id,
      String reference,
      String title,
      String organisation,
      long roundId,
      String roundName,
      String status,
      String applicantsModel)
      implements java.io.Serializable {}

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public CaseSummary caseSummary(long applicationId) {
    GrantApplication a = submitted(applicationId);
    if (!session.isCallerInRole(Role.Names.MANAGER)) {
      assignedToCaller(applicationId);
    }
    return new CaseSummary(
        a.getId(),
        a.getReference(),
        a.getTitle(),
        a.getOrganisation().getName(),
        a.getRound().getId(),
        a.getRound().getName(),
        a.getStatus().name(),
        a.getForm().coProductionModel());
  }

  /** The caller's own declaration on an application, if made. */
  @RolesAllowed(Role.Names.OFFICER)
  public Optional<ConflictDeclaration> myDeclaration(long applicationId) {
    return assessments.declaration(applicationId, caller());
  }

  /** The caller's own assessment of an application, if started. */
  @RolesAllowed(Role.Names.OFFICER)
  public Optional<Assessment> myAssessment(long applicationId) {
    return assessments.assessment(applicationId, caller());
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public Optional<Assignment> assignmentOf(long applicationId) {
    return assessments.assignment(applicationId);
  }

  @RolesAllowed(Role.Names.MANAGER)
  public Optional<Decision> decisionOf(long applicationId) {
    return assessments.decision(applicationId);
  }

  /** The application's audit trail, newest first: managers only. */
  @RolesAllowed(Role.Names.MANAGER)
  public List<AuditEntry> history(long applicationId) {
    applications
        .find(applicationId)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    return auditTrail.ofApplication(applicationId);
  }

  // --- helpers -------------------------------------------------------------------------------

  private GrantApplication submitted(long applicationId) {
    GrantApplication application =
        applications
            .find(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    if (application.getStatus() == ApplicationStatus.DRAFT) {
      throw new IllegalStatusChangeException("This application has not been submitted");
    }
    return application;
  }

  private Assignment assignedToCaller(long applicationId) {
    return assessments
        .assignment(applicationId)
        .filter(a -> a.isAssessor(caller()))
        .orElseThrow(() -> new NotAllowedException("You are not assigned to this application"));
  }

  /** The caller is assigned and has declared no conflict of interest. */
  void requireClearedAssessor(long applicationId) {
    assignedToCaller(applicationId);
    ConflictDeclaration declaration =
        assessments
            .declaration(applicationId, caller())
            .orElseThrow(
                () ->
                    new IllegalStatusChangeException(
                        "Declare any conflict of interest before you open or score this application"));
    if (declaration.isConflict()) {
      throw new NotAllowedException("You declared a conflict of interest with this application");
    }
  }

  private boolean isStaff() {
    return session.isCallerInRole(Role.Names.OFFICER) || session.isCallerInRole(Role.Names.MANAGER);
  }

  private Optional<Organisation> callerOrganisation() {
    return callers.organisation();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static void requireText(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      throw invalid(field, message);
    }
    if (value.length() > 4000) {
      throw invalid(field, "Keep it to 4000 characters or fewer");
    }
  }

  private static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }
}
