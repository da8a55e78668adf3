package org.grantwise.domain.model.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grantwise.domain.model.shared.FieldError;

/**
 * One officer's assessment of one application: a score and justification per criterion, the
 * confirmed co-production model and a recommendation. A draft until completed; the weighted total
 * (out of 100) is computed here from the round's rubric.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

  public enum Status {
    DRAFT,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private long applicationId;

  private String officer;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "co_production_model")
  private String coProductionModel;

  @Column(name = "model_reason")
  private String modelReason;

  @Enumerated(EnumType.STRING)
  private Recommendation recommendation;

  private String comment;

  @Column(name = "weighted_total")
  private BigDecimal weightedTotal;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
  private List<Score> scores = new ArrayList<>();

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected Assessment() {}

  public Assessment(long applicationId, String officer, Instant at) {
    this.applicationId = applicationId;
    this.officer = officer;
    this.status = Status.DRAFT;
    this.updatedAt = at;
  }

  /**
   * Records the officer's scores and views. With {@code complete}, every criterion must be scored
   * and a recommendation given, and the assessment can no longer change. Returns the problems;
   * nothing changes when there are any.
   *
   * @param applicantsModel the co-production model the applicant chose: a different one needs a
   *     reason
   */
  public List<FieldError> record(
      List<Score> given,
      String model,
      String reason,
      Recommendation recommended,
      String remarks,
      boolean complete,
      List<Criterion> rubric,
      String applicantsModel,
      Set<String> knownModels,
      Instant at) {
    if (status == Status.COMPLETED) {
      throw new IllegalStateException("This assessment has been completed and cannot change");
    }
    Map<String, Criterion> criteria =
        rubric.stream().collect(Collectors.toMap(Criterion::getCode, Function.identity()));
    List<FieldError> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      Score s = given.get(i);
      String at_ = "scores[" + (i + 1) + "]";
      Criterion criterion = criteria.get(s.getCriterion());
      if (criterion == null) {
        problems.add(new FieldError(at_ + ".criterion", "Score only the round's criteria"));
        continue;
      }
      if (!seen.add(s.getCriterion())) {
        problems.add(new FieldError(at_ + ".criterion", "Score " + criterion.getName() + " once"));
      }
      if (!criterion.accepts(s.getScore())) {
        problems.add(
            new FieldError(
                at_ + ".score",
                "Score "
                    + criterion.getName()
                    + " from "
                    + criterion.getMinScore()
                    + " to "
                    + criterion.getMaxScore()));
      }
      if (s.getJustification() == null || s.getJustification().isBlank()) {
        problems.add(
            new FieldError(at_ + ".justification", "Justify the score for " + criterion.getName()));
      } else if (s.getJustification().length() > 4000) {
        problems.add(
            new FieldError(
                at_ + ".justification", "Justification must be 4000 characters or fewer"));
      }
    }
    if (model != null && !knownModels.contains(model)) {
      problems.add(
          new FieldError("coProductionModel", "Select a co-production model from the list"));
    }
    if (model != null && !model.equals(applicantsModel) && (reason == null || reason.isBlank())) {
      problems.add(
          new FieldError(
              "modelReason", "Give the reason for reclassifying the co-production model"));
    }
    if (remarks != null && remarks.length() > 4000) {
      problems.add(new FieldError("comment", "Comment must be 4000 characters or fewer"));
    }
    if (complete) {
      for (Criterion criterion : rubric) {
        if (!seen.contains(criterion.getCode())) {
          problems.add(new FieldError("scores", "Score " + criterion.getName()));
        }
      }
      if (recommended == null) {
        problems.add(new FieldError("recommendation", "Select your recommendation"));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    this.scores = new ArrayList<>(given);
    this.coProductionModel = model == null ? applicantsModel : model;
    this.modelReason = reason;
    this.recommendation = recommended;
    this.comment = remarks;
    this.weightedTotal = total(scores, criteria);
    this.updatedAt = at;
    if (complete) {
      this.status = Status.COMPLETED;
      this.completedAt = at;
    }
    return List.of();
  }

  /**
   * Opens a completed assessment again after the applicant resubmitted: the officer reviews the
   * scores against the new version, starting from their earlier ones.
   */
  public void reopen(Instant at) {
    if (status == Status.COMPLETED) {
      status = Status.DRAFT;
      completedAt = null;
      updatedAt = at;
    }
  }

  static BigDecimal total(List<Score> scores, Map<String, Criterion> criteria) {
    BigDecimal weights =
        criteria.values().stream()
            .map(Criterion::getWeight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sum = BigDecimal.ZERO;
    for (Score s : scores) {
      sum = sum.add(criteria.get(s.getCriterion()).weighted(s.getScore()));
    }
    return weights.signum() == 0
        ? BigDecimal.ZERO
        : sum.multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP);
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getOfficer() {
    return officer;
  }

  public Status getStatus() {
    return status;
  }

  public String getCoProductionModel() {
    return coProductionModel;
  }

  public String getModelReason() {
    return modelReason;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public String getComment() {
    return comment;
  }

  public BigDecimal getWeightedTotal() {
    return weightedTotal;
  }

  public List<Score> getScores() {
    return List.copyOf(scores);
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
