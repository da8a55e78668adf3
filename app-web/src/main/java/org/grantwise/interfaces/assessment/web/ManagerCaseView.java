package org.grantwise.interfaces.assessment.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.AssessmentService;
import org.grantwise.application.AssignmentService;
import org.grantwise.application.AwardLetterService;
import org.grantwise.application.CaseSummary;
import org.grantwise.application.DecisionInput;
import org.grantwise.application.DecisionService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.AwardRules;
import org.grantwise.domain.model.assessment.Moderation;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;
import org.grantwise.interfaces.shared.Pounds;

/** A manager's view of one application: assignment, the officers' assessments, the decision. */
@Named
@ViewScoped
public class ManagerCaseView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;

  @Inject AssessmentService assessments;

  @Inject DecisionService decisions;

  @Inject AwardLetterService awardLetters;

  private Long id;
  private CaseSummary summary;
  private String officer;
  private String moderator;
  private String decision;
  private String[] amounts = new String[3];
  private String startDate;
  private String reason;
  private String conditions;
  private String noAssessmentReason;
  private AwardRules.Limits limits;
  private String projectRef;
  private String moderatedScore;
  private String moderationNote;
  private String awardLetterProject;
  private List<FieldError> errors = List.of();

  /** An assessment as the manager's table shows it. */
  public record AssessmentRow(
      String officer, String status, BigDecimal total, String recommendation, String model)
      implements Serializable {}

  /** A conflict-of-interest declaration as listed. */
  public record DeclarationRow(String officer, boolean conflict, String reason)
      implements Serializable {}

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      summary = assignments.caseSummary(id == null ? -1 : id);
    } catch (ApplicationNotFoundException | IllegalStatusChangeException e) {
      faces.getExternalContext().responseSendError(404, "No such application");
      faces.responseComplete();
      return;
    }
    awardLetterProject = awardLetters.letterFor(id).orElse(null);
    limits = decisions.awardLimits(id);
    assignments
        .assignmentOf(id)
        .ifPresent(
            a -> {
              officer = a.getOfficer();
              moderator = a.getModerator();
            });
  }

  public List<AssessmentRow> getAssessments() {
    return assessments.assessmentsOf(id).stream()
        .map(
            a ->
                new AssessmentRow(
                    a.getOfficer(),
                    a.getStatus().name(),
                    a.getWeightedTotal(),
                    a.getRecommendation() == null ? null : a.getRecommendation().name(),
                    a.getCoProductionModel()))
        .toList();
  }

  public List<DeclarationRow> getDeclarations() {
    return assignments.declarationsOf(id).stream()
        .map(d -> new DeclarationRow(d.getOfficer(), d.isConflict(), d.getReason()))
        .toList();
  }

  public boolean isNeedsModeration() {
    return assessments.needsModeration(id);
  }

  public boolean isDecided() {
    return projectRef != null || decisions.decisionOf(id).isPresent();
  }

  public void assign() {
    try {
      assignments.assign(id, officer, moderator == null || moderator.isBlank() ? null : moderator);
      errors = List.of();
      summary = assignments.caseSummary(id);
      info(
          "Assigned to "
              + officer
              + (moderator == null || moderator.isBlank() ? "" : ", moderated by " + moderator)
              + ".");
    } catch (ValidationFailedException e) {
      fail(e.errors());
    } catch (IllegalStatusChangeException e) {
      fail(List.of(new FieldError("officer", e.getMessage())));
    }
  }

  public void decide() {
    List<FieldError> typed = new ArrayList<>();
    List<DecisionInput.YearAmount> years = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] != null && !amounts[i].isBlank()) {
        try {
          years.add(new DecisionInput.YearAmount(i + 1, Pounds.parse(amounts[i])));
        } catch (NumberFormatException e) {
          typed.add(
              new FieldError(
                  "amount" + (i + 1),
                  "Enter the amount for year " + (i + 1) + " in pounds, like 25000"));
        }
      }
    }
    LocalDate start = null;
    if (startDate != null && !startDate.isBlank()) {
      try {
        start = LocalDate.parse(startDate.trim());
      } catch (DateTimeParseException e) {
        typed.add(
            new FieldError("startDate", "Enter the start date as YYYY-MM-DD, like 2027-04-01"));
      }
    }
    if (decision == null) {
      typed.add(new FieldError("decision", "Select the decision"));
    }
    if (!typed.isEmpty()) {
      fail(typed);
      return;
    }
    try {
      var project =
          decisions.decide(
              id,
              new DecisionInput(
                  Recommendation.valueOf(decision),
                  years,
                  start,
                  reason,
                  conditions,
                  noAssessmentReason));
      projectRef = project.map(p -> p.getProjectRef()).orElse(null);
      errors = List.of();
      summary = assignments.caseSummary(id);
      info(
          projectRef == null
              ? "Decision recorded."
              : "Awarded: funded project "
                  + projectRef
                  + ". The applicant sees it when the round's decisions are released.");
    } catch (ValidationFailedException e) {
      fail(e.errors().stream().map(err -> atField(err, years)).toList());
    } catch (IllegalStatusChangeException e) {
      fail(List.of(new FieldError("decision", e.getMessage())));
    }
  }

  /**
   * The page's field for a problem the service names as the API does: {@code awardedAmounts[2]...}
   * is the second year given, which is the field of that year (the page sends only the years filled
   * in).
   */
  private static FieldError atField(FieldError error, List<DecisionInput.YearAmount> years) {
    Matcher entry = AWARDED_ENTRY.matcher(error.field());
    if (entry.lookingAt()) {
      int index = Integer.parseInt(entry.group(1)) - 1;
      int year = index < years.size() ? years.get(index).year() : 1;
      return new FieldError("amount" + year, error.message());
    }
    if (error.field().equals("awardedAmounts")) {
      return new FieldError("amount1", error.message());
    }
    return error;
  }

  private static final Pattern AWARDED_ENTRY = Pattern.compile("awardedAmounts\\[(\\d+)\\]");

  /** Whether an officer has completed an assessment (otherwise an award needs a reason). */
  public boolean isAssessed() {
    return assessments.hasCompletedAssessment(id);
  }

  /** What the page says beside a year's amount: what was asked, or that it cannot be awarded. */
  public String amountHint(int year) {
    if (limits == null) {
      return null;
    }
    if (year > limits.maxYears()) {
      return "This round funds up to " + limits.maxYears() + " years: leave it empty";
    }
    return limits
        .requestedFor(year)
        .map(
            asked ->
                "Asked for year "
                    + year
                    + ": "
                    + Pounds.format(asked)
                    + ". At most that, and at most "
                    + Pounds.format(limits.maxPerYear())
                    + " a year")
        .orElse("Year " + year + " is not in the budget: leave it empty");
  }

  /** What the page says beside the start date: the window around today, the decision date. */
  public String getStartDateHint() {
    return limits == null
        ? null
        : "Between "
            + limits.earliestStart()
            + " and "
            + limits.latestStart()
            + ": within "
            + AwardRules.START_WINDOW_MONTHS
            + " months of the decision date (today)";
  }

  /** Records the moderated score, when the two officers' totals are too far apart. */
  public void moderate() {
    BigDecimal total = null;
    if (moderatedScore != null && !moderatedScore.isBlank()) {
      try {
        total = new BigDecimal(moderatedScore.trim());
      } catch (NumberFormatException e) {
        fail(List.of(new FieldError("score", "Give the moderated score as a number, like 62.5")));
        return;
      }
    }
    try {
      assessments.moderate(id, total, moderationNote);
      errors = List.of();
      info("Moderated score recorded.");
    } catch (ValidationFailedException e) {
      fail(e.errors());
    } catch (IllegalStatusChangeException e) {
      fail(List.of(new FieldError("score", e.getMessage())));
    }
  }

  public Moderation getModeration() {
    return assessments.moderationOf(id).orElse(null);
  }

  public String getModeratedScore() {
    return moderatedScore;
  }

  public void setModeratedScore(String moderatedScore) {
    this.moderatedScore = moderatedScore;
  }

  public String getModerationNote() {
    return moderationNote;
  }

  public void setModerationNote(String moderationNote) {
    this.moderationNote = moderationNote;
  }

  private void fail(List<FieldError> problems) {
    errors = problems;
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  @Override
  public String anchor(String field) {
    return "decision".equals(field)
        ? "decision:0"
        : field.startsWith("awardedAmounts") ? "amount1" : field;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseSummary getSummary() {
    return summary;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getModerator() {
    return moderator;
  }

  public void setModerator(String moderator) {
    this.moderator = moderator;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getAmount1() {
    return amounts[0];
  }

  public void setAmount1(String v) {
    amounts[0] = v;
  }

  public String getAmount2() {
    return amounts[1];
  }

  public void setAmount2(String v) {
    amounts[1] = v;
  }

  public String getAmount3() {
    return amounts[2];
  }

  public void setAmount3(String v) {
    amounts[2] = v;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getNoAssessmentReason() {
    return noAssessmentReason;
  }

  public void setNoAssessmentReason(String noAssessmentReason) {
    this.noAssessmentReason = noAssessmentReason;
  }

  public String getProjectRef() {
    return projectRef;
  }

  /** The funded project whose award letter is out (the award released), or null. */
  public String getAwardLetterProject() {
    return awardLetterProject;
  }
}
