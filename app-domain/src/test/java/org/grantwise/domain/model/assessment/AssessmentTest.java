package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final List<Criterion> RUBRIC =
      List.of(
          new Criterion("FIT", "Fit", new BigDecimal("60"), 0, 5),
          new Criterion("MONEY", "Value for money", new BigDecimal("40"), 1, 3));
  private static final Set<String> MODELS = Set.of("PROGRESSION", "TRADITIONAL");

  private final Assessment assessment = new Assessment(1, "officer1", Instant.EPOCH);

  private List<FieldError> record(
      List<Score> scores, String model, String reason, boolean complete) {
    return assessment.record(
        scores,
        model,
        reason,
        Recommendation.AWARD,
        null,
        complete,
        RUBRIC,
        "PROGRESSION",
        MODELS,
        Instant.EPOCH);
  }

  @Test
  void theWeightedTotalIsEachCriterionsPositionOnItsScaleTimesItsWeight() {
    assertThat(
            record(List.of(new Score("FIT", 5, "a"), new Score("MONEY", 2, "b")), null, null, true))
        .isEmpty();
    // 60 × 5/5 + 40 × (2-1)/(3-1) = 60 + 20
    assertThat(assessment.getWeightedTotal()).isEqualByComparingTo("80.00");
    assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.COMPLETED);
    assertThat(assessment.getCoProductionModel()).isEqualTo("PROGRESSION");
  }

  @Test
  void aDraftMayLeaveCriteriaUnscoredButACompletedOneMayNot() {
    assertThat(record(List.of(new Score("FIT", 3, "a")), null, null, false)).isEmpty();
    assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.DRAFT);
    assertThat(record(List.of(new Score("FIT", 3, "a")), null, null, true))
        .containsExactly(new FieldError("scores", "Score Value for money"));
  }

  @Test
  void scoresOutsideTheScaleAndMissingJustificationsAreRefused() {
    assertThat(
            record(
                List.of(new Score("FIT", 6, " "), new Score("MONEY", 0, "b")), null, null, false))
        .extracting(FieldError::field)
        .containsExactly("scores[1].score", "scores[1].justification", "scores[2].score");
    assertThat(assessment.getScores()).isEmpty();
  }

  @Test
  void reclassifyingTheModelNeedsAReason() {
    assertThat(record(List.of(), "TRADITIONAL", null, false))
        .containsExactly(
            new FieldError(
                "modelReason", "Give the reason for reclassifying the co-production model"));
    assertThat(record(List.of(), "TRADITIONAL", "Consultation only", false)).isEmpty();
    assertThat(assessment.getCoProductionModel()).isEqualTo("TRADITIONAL");
  }

  @Test
  void aCompletedAssessmentCannotChange() {
    record(List.of(new Score("FIT", 5, "a"), new Score("MONEY", 2, "b")), null, null, true);
    assertThatThrownBy(() -> record(List.of(), null, null, false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aReopenedAssessmentKeepsItsScoresAndCanBeCompletedAgain() {
    record(List.of(new Score("FIT", 5, "a"), new Score("MONEY", 2, "b")), null, null, true);
    assessment.reopen(Instant.parse("2027-01-02T10:00:00Z"));
    assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.DRAFT);
    assertThat(assessment.getScores()).hasSize(2);
    assertThat(
            record(List.of(new Score("FIT", 4, "a"), new Score("MONEY", 2, "b")), null, null, true))
        .isEmpty();
    assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.COMPLETED);
  }
}
