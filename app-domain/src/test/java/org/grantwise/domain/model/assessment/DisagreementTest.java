package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwise.domain.model.assessment.AssessmentFixtures.completed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementTest {

  private static final BigDecimal THRESHOLD = new BigDecimal("15");

  @Test
  void twoCompletedAssessmentsFurtherApartThanTheThresholdDisagree() {
    assertThat(Disagreement.among(List.of(completed("officer1", 5)), THRESHOLD)).isEmpty();
    assertThat(
            Disagreement.among(
                List.of(completed("officer1", 5), completed("officer2", 4)), THRESHOLD))
        .as("100 against 80: within 15? no, 20 apart")
        .isPresent();
    assertThat(
            Disagreement.among(
                List.of(completed("officer1", 4), completed("officer2", 4)), THRESHOLD))
        .isEmpty();
    Assessment draft = new Assessment(1, "officer3", Instant.EPOCH);
    assertThat(Disagreement.among(List.of(completed("officer1", 5), draft), THRESHOLD)).isEmpty();
  }

  @Test
  void neitherAssessorMaySettleTheirOwnDisagreement() {
    Disagreement disagreement =
        Disagreement.among(List.of(completed("officer1", 5), completed("officer2", 1)), THRESHOLD)
            .orElseThrow();
    assertThat(disagreement.whyNotModeratedBy("officer2"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("You assessed this application"));
    assertThat(disagreement.whyNotModeratedBy("officer1")).isPresent();
    assertThat(disagreement.whyNotModeratedBy("officer3"))
        .as("a moderator who did not assess")
        .isEmpty();
    assertThat(disagreement.whyNotModeratedBy("manager1")).isEmpty();
  }
}
