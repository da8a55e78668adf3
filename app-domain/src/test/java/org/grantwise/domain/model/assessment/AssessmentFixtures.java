package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Completed assessments on a one-criterion rubric, for the rules that compare assessments. */
final class AssessmentFixtures {

  private static final List<Criterion> RUBRIC =
      List.of(new Criterion("FIT", "Fit", new BigDecimal("100"), 0, 5));

  private AssessmentFixtures() {}

  /** The officer's completed assessment scoring 0 to 5 on the one criterion (0 to 100 in all). */
  static Assessment completed(String officer, int score) {
    Assessment assessment = new Assessment(1, officer, Instant.EPOCH);
    assertThat(
            assessment.record(
                List.of(new Score("FIT", score, "Evidence")),
                null,
                null,
                Recommendation.AWARD,
                null,
                true,
                RUBRIC,
                "PROGRESSION",
                Set.of("PROGRESSION"),
                Instant.EPOCH))
        .isEmpty();
    return assessment;
  }
}
