package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
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
import org.grantwise.domain.model.assessment.Criterion;
import org.grantwise.domain.model.assessment.Disagreement;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.ModerationPolicy;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Scoring and moderation: the round's criteria, each cleared officer's assessment (a draft until
 * completed, then fixed), and the moderated score agreed when two assessments disagree by more than
 * the round's threshold ({@link ModerationPolicy}).
 */
@Stateless
@Audited
public class AssessmentService {

  @Inject AccessPolicy access;

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject FundingRoundRepository rounds;

  @Inject VocabularyRepository vocabularies;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
  public List<Criterion> criteria(long roundId) {
    rounds.find(roundId).orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    return assessments.criteria(roundId);
  }

  /** Saves the caller's assessment as a draft, or completes it. */
  @RolesAllowed(Role.Names.OFFICER)
  public Assessment assess(long applicationId, AssessmentInput input) {
    GrantApplication application = SubmittedApplications.submitted(applications, applicationId);
    access.requireClearedAssessor(applicationId);
    if (application.getStatus() != ApplicationStatus.UNDER_ASSESSMENT) {
      throw new IllegalStatusChangeException(
          "This application is not being assessed now (it is "
              + application.getStatus().name().toLowerCase().replace('_', ' ')
              + ")");
    }
    String caller = access.caller();
    Assessment assessment =
        assessments
            .assessment(applicationId, caller)
            .orElseGet(
                () -> assessments.store(new Assessment(applicationId, caller, clock.instant())));
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

  /** The caller's own assessment of an application, if started. */
  @RolesAllowed(Role.Names.OFFICER)
  public Optional<Assessment> myAssessment(long applicationId) {
    return assessments.assessment(applicationId, access.caller());
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Assessment> assessmentsOf(long applicationId) {
    return assessments.assessments(applicationId);
  }

  /** Whether an officer has completed an assessment of the application. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public boolean hasCompletedAssessment(long applicationId) {
    return assessments.assessments(applicationId).stream()
        .anyMatch(a -> a.getStatus() == Assessment.Status.COMPLETED);
  }

  /** Whether two completed assessments differ by more than the round's threshold. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public boolean needsModeration(long applicationId) {
    GrantApplication application =
        applications
            .find(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    return ModerationPolicy.needsModeration(
        assessments.assessments(applicationId), application.getRound().getModerationThreshold());
  }

  /**
   * Records the score agreed between two assessments that differ by more than the round's
   * threshold: a manager, or the application's moderator.
   */
  @RolesAllowed({Role.Names.MANAGER, Role.Names.OFFICER})
  public Moderation moderate(long applicationId, BigDecimal total, String note) {
    GrantApplication application = SubmittedApplications.submitted(applications, applicationId);
    String caller = access.caller();
    if (!access.isManager()
        && !assessments
            .assignment(applicationId)
            .map(a -> caller.equals(a.getModerator()))
            .orElse(false)) {
      throw new NotAllowedException("Only a manager or this application's moderator moderates it");
    }
    ModerationPolicy.Settling settling =
        ModerationPolicy.settling(
            assessments.decision(applicationId).isPresent(),
            assessments.moderation(applicationId).isPresent(),
            assessments.assessments(applicationId),
            application.getRound().getModerationThreshold());
    if (settling.refusal().isPresent()) {
      throw new IllegalStatusChangeException(settling.refusal().get());
    }
    Disagreement disagreement = settling.disagreement().orElseThrow();
    disagreement
        .whyNotModeratedBy(caller)
        .ifPresent(
            reason -> {
              throw new NotAllowedException(reason);
            });
    List<FieldError> problems = ModerationPolicy.check(total, note);
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return assessments.store(
        new Moderation(applicationId, total, note.strip(), caller, clock.instant()));
  }

  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public Optional<Moderation> moderationOf(long applicationId) {
    return assessments.moderation(applicationId);
  }
}
