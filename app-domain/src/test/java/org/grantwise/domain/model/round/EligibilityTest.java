package org.grantwise.domain.model.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private final FundingRound round =
      new FundingRound(
          "Round", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), new BigDecimal("50000"), 3);

  @Test
  void aScottishCharityWithinTheLimitsIsEligible() {
    Eligibility answers =
        new Eligibility(
            OrganisationType.CHARITY,
            true,
            new BigDecimal("40000"),
            3,
            List.of("TACKLING_POVERTY"));
    assertThat(answers.reasonsAgainst(round)).isEmpty();
  }

  @Test
  void eachUnmetConditionGivesItsOwnReason() {
    Eligibility answers =
        new Eligibility(OrganisationType.OTHER, false, new BigDecimal("60000"), 4, List.of());
    assertThat(answers.reasonsAgainst(round))
        .hasSize(5)
        .anyMatch(r -> r.contains("up to £50,000 a year"))
        .anyMatch(r -> r.contains("up to 3 years"))
        .anyMatch(r -> r.contains("Scotland"))
        .anyMatch(r -> r.contains("tackling poverty or social inclusion"))
        .anyMatch(r -> r.contains("community anchor organisations"));
  }
}
