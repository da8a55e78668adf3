package org.grantwise.interfaces.assessment.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.application.ApplicationNotFoundException;
import org.grantwise.application.AssessmentInput;
import org.grantwise.application.AssessmentService;
import org.grantwise.application.AssignmentService;
import org.grantwise.application.CaseSummary;
import org.grantwise.application.NotAllowedException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.ConflictDeclaration;
import org.grantwise.domain.model.assessment.Criterion;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.assessment.Score;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.applications.web.ApplicationView;
import org.grantwise.interfaces.shared.FieldErrors;

/**
 * An officer assessing one application: first the conflict-of-interest declaration, then the
 * scores, the confirmed co-production model and the recommendation. The rules are the service's.
 */
@Named
@ViewScoped
public class AssessView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;

  @Inject AssessmentService assessments;

  /** The application's answers, shown once the officer is cleared to read them. */
  @Inject ApplicationView application;

  private Long id;
  private long roundId;
  private String applicantsModel;
  private boolean declared;
  private boolean conflicted;
  private boolean completed;
  private BigDecimal weightedTotal;
  private String conflictAnswer;
  private String conflictReason;
  private List<CriterionRow> rows = new ArrayList<>();
  private String coProductionModel;
  private String modelReason;
  private String recommendation;
  private String comment;
  private List<FieldError> errors = List.of();

  /** One criterion with the officer's score and justification. */
  public static class CriterionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final String description;
    private final int min;
    private final int max;
    private Integer score;
    private String justification;

    CriterionRow(Criterion c) {
      this.code = c.getCode();
      this.name = c.getName();
      this.description = c.getDescription();
      this.min = c.getMinScore();
      this.max = c.getMaxScore();
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getDescription() {
      return description;
    }

    public List<Integer> getScale() {
      List<Integer> scale = new ArrayList<>();
      for (int i = min; i <= max; i++) {
        scale.add(i);
      }
      return scale;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }

    public String getJustification() {
      return justification;
    }

    public void setJustification(String justification) {
      this.justification = justification;
    }
  }

  private CaseSummary summary;

  /** Loads the case; an application not assigned to this officer is a 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    if (!faces.getExternalContext().isUserInRole("officer")) {
      faces.getExternalContext().responseSendError(404, "Officers only");
      faces.responseComplete();
      return;
    }
    try {
      summary = assignments.caseSummary(id == null ? -1 : id);
    } catch (ApplicationNotFoundException | NotAllowedException | IllegalStatusChangeException e) {
      faces.getExternalContext().responseSendError(404, "Not assigned");
      faces.responseComplete();
      return;
    }
    this.roundId = summary.roundId();
    this.applicantsModel = summary.applicantsModel();
    refresh();
    if (isCleared()) {
      application.setId(id);
      application.load();
    }
  }

  public CaseSummary getSummary() {
    return summary;
  }

  /** Declared without a conflict: the application may be read and scored. */
  public boolean isCleared() {
    return declared && !conflicted;
  }

  private void refresh() {
    ConflictDeclaration declaration = assignments.myDeclaration(id).orElse(null);
    declared = declaration != null;
    conflicted = declared && declaration.isConflict();
    if (!declared || conflicted) {
      return;
    }
    Assessment mine = assessments.myAssessment(id).orElse(null);
    rows = new ArrayList<>();
    for (Criterion c : assessments.criteria(roundId)) {
      CriterionRow row = new CriterionRow(c);
      if (mine != null) {
        mine.getScores().stream()
            .filter(s -> s.getCriterion().equals(c.getCode()))
            .findFirst()
            .ifPresent(
                s -> {
                  row.setScore(s.getScore());
                  row.setJustification(s.getJustification());
                });
      }
      rows.add(row);
    }
    coProductionModel =
        mine != null && mine.getCoProductionModel() != null
            ? mine.getCoProductionModel()
            : applicantsModel;
    modelReason = mine == null ? null : mine.getModelReason();
    recommendation =
        mine == null || mine.getRecommendation() == null ? null : mine.getRecommendation().name();
    comment = mine == null ? null : mine.getComment();
    completed = mine != null && mine.getStatus() == Assessment.Status.COMPLETED;
    weightedTotal = mine == null ? null : mine.getWeightedTotal();
  }

  public String declare() {
    try {
      if (conflictAnswer == null) {
        throw new ValidationFailedException(
            List.of(
                new FieldError("conflictAnswer", "Say whether you have a conflict of interest")));
      }
      assignments.declare(id, "yes".equals(conflictAnswer), conflictReason);
      errors = List.of();
      return "/assessment/assess?faces-redirect=true&id=" + id;
    } catch (ValidationFailedException e) {
      errors = e.errors();
    } catch (IllegalStatusChangeException | NotAllowedException | ApplicationNotFoundException e) {
      errors = List.of(new FieldError("conflictAnswer", e.getMessage()));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  public void saveDraft() {
    record(false);
  }

  public void complete() {
    record(true);
  }

  private void record(boolean complete) {
    List<Score> scores = new ArrayList<>();
    for (CriterionRow row : rows) {
      if (row.getScore() != null
          || (row.getJustification() != null && !row.getJustification().isBlank())) {
        scores.add(
            new Score(
                row.getCode(),
                row.getScore() == null ? Integer.MIN_VALUE : row.getScore(),
                row.getJustification()));
      }
    }
    try {
      Assessment saved =
          assessments.assess(
              id,
              new AssessmentInput(
                  scores,
                  coProductionModel,
                  modelReason,
                  recommendation == null || recommendation.isBlank()
                      ? null
                      : Recommendation.valueOf(recommendation),
                  comment,
                  complete));
      errors = List.of();
      completed = saved.getStatus() == Assessment.Status.COMPLETED;
      weightedTotal = saved.getWeightedTotal();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  completed ? "Your assessment is complete." : "Your draft assessment is saved.",
                  null));
    } catch (ValidationFailedException e) {
      errors = e.errors();
      FacesContext.getCurrentInstance().validationFailed();
    } catch (IllegalStatusChangeException | NotAllowedException e) {
      errors = List.of(new FieldError("recommendation", e.getMessage()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  @Override
  public String anchor(String field) {
    if (field.startsWith("scores[")) {
      int index = Integer.parseInt(field.substring(7, field.indexOf(']'))) - 1;
      return "criteria:"
          + Math.max(index, 0)
          + (field.endsWith("justification") ? ":justification" : ":score");
    }
    return switch (field) {
      case "conflictAnswer" -> "conflictAnswer:0";
      case "coProductionModel", "recommendation" -> field + ":0";
      case "scores" -> "criteria:0:score";
      default -> field;
    };
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

  public boolean isDeclared() {
    return declared;
  }

  public boolean isConflicted() {
    return conflicted;
  }

  public boolean isCompleted() {
    return completed;
  }

  public BigDecimal getWeightedTotal() {
    return weightedTotal;
  }

  public String getConflictAnswer() {
    return conflictAnswer;
  }

  public void setConflictAnswer(String conflictAnswer) {
    this.conflictAnswer = conflictAnswer;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }

  public List<CriterionRow> getRows() {
    return rows;
  }

  public String getCoProductionModel() {
    return coProductionModel;
  }

  public void setCoProductionModel(String coProductionModel) {
    this.coProductionModel = coProductionModel;
  }

  public String getModelReason() {
    return modelReason;
  }

  public void setModelReason(String modelReason) {
    this.modelReason = modelReason;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public void setRecommendation(String recommendation) {
    this.recommendation = recommendation;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getApplicantsModel() {
    return applicantsModel;
  }
}
