package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.AwardRules;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.DecisionPolicy;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.assessment.ModerationPolicy;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.infrastructure.audit.Audited;
import org.grantwise.infrastructure.cache.RecentFigures;

/**
 * A manager's decisions: award ({@link AwardRules}), decline or request changes; an award creates
 * the funded project. Nothing reaches the applicant until the round's decisions are released.
 */
@Stateless
@Audited
public class DecisionService {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject AccessPolicy access;

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject FundingRoundRepository rounds;

  @Inject NotificationService notifications;

  @Inject RecentFigures figures;

  @Inject DecisionRelease decisionRelease;

  private final Clock clock = Clock.systemUTC();

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
    DecisionPolicy.whyNotDecidable(
            application.getStatus(), assessments.decision(applicationId).isPresent())
        .ifPresent(
            why -> {
              throw new IllegalStatusChangeException(why);
            });
    figures.forgetAfterCommit(WorkloadService.FIGURES);
    if (input.decision() == null) {
      throw ValidationFailedException.of(
          "decision", "Give the decision: AWARD, DECLINE or REQUEST_CHANGES");
    }
    ModerationPolicy.whyDecisionWaits(
            input.decision(),
            assessments.assessments(applicationId),
            application.getRound().getModerationThreshold(),
            assessments.moderation(applicationId).isPresent())
        .ifPresent(
            why -> {
              throw new IllegalStatusChangeException(why);
            });
    String caller = access.caller();
    application.beginAssessment(caller, clock.instant());
    switch (input.decision()) {
      case REQUEST_CHANGES -> {
        requireText("reason", input.reason(), "Say what must change");
        application.returnForChanges(input.reason(), caller, clock.instant());
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
                caller,
                clock.instant()));
        return Optional.empty();
      }
      default -> {
        return Optional.of(award(application, input));
      }
    }
  }

  private FundedProject award(GrantApplication application, DecisionInput input) {
    List<AwardRules.AwardedYear> given =
        (input.awardedAmounts() == null
                ? List.<DecisionInput.YearAmount>of()
                : input.awardedAmounts())
            .stream().map(y -> new AwardRules.AwardedYear(y.year(), y.amount())).toList();
    String noAssessmentReason =
        input.noAssessmentReason() == null || input.noAssessmentReason().isBlank()
            ? null
            : input.noAssessmentReason().strip();
    List<Assessment> assessed = assessments.assessments(application.getId());
    List<FieldError> problems =
        AwardRules.check(
            limits(application),
            assessed.stream().anyMatch(a -> a.getStatus() == Assessment.Status.COMPLETED),
            new AwardRules.Terms(
                given, input.startDate(), input.reason(), input.conditions(), noAssessmentReason));
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    List<FundedProject.YearAmount> amounts =
        given.stream()
            .map(y -> new FundedProject.YearAmount(y.year(), y.amount()))
            .sorted(Comparator.comparingInt(FundedProject.YearAmount::getYear))
            .toList();
    // The model the last completed assessment settled on, else the applicant's own.
    String model =
        assessed.stream()
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
            access.caller(),
            clock.instant()));
    return assessments.store(
        new FundedProject(
            assessments.nextProjectReference(LocalDate.now(clock).getYear()),
            application.getId(),
            application.getOrganisation().getId(),
            application.getRound().getId(),
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
    return limits(SubmittedApplications.submitted(applications, applicationId));
  }

  private AwardRules.Limits limits(GrantApplication application) {
    return AwardRules.limits(
        application.getForm(), application.getRound(), LocalDate.ofInstant(clock.instant(), UK));
  }

  @RolesAllowed(Role.Names.MANAGER)
  public Optional<Decision> decisionOf(long applicationId) {
    return assessments.decision(applicationId);
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

  private static void requireText(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      throw ValidationFailedException.of(field, message);
    }
    if (value.length() > AwardRules.LONGEST_TEXT) {
      throw ValidationFailedException.of(field, "Keep it to 4000 characters or fewer");
    }
  }
}
