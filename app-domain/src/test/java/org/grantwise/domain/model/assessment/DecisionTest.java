package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.organisation.CharityNumber;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.round.FundingRound;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void aDecisionOnAWithdrawnApplicationIsNotReleasedAndNothingChanges() {
    GrantApplication application =
        new GrantApplication(
            "GW-2026-01001",
            new Organisation(
                "Anchor", OrganisationType.CHARITY, CharityNumber.of("SC012345"), null, null, null),
            new FundingRound(
                "Round",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 1, 31),
                new BigDecimal("50000"),
                3),
            "anchor1",
            NOW);
    application.withdraw("anchor1", NOW, null, false);
    Decision decision =
        Decision.award(1, null, LocalDate.of(2027, 4, 1), null, "Panel agreed", "manager1", NOW);

    assertThat(decision.whyNotReleasable(application))
        .hasValue("The application was withdrawn after the decision was recorded");
    assertThatThrownBy(() -> decision.release(application, "manager1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("withdrawn");
    assertThat(decision.isReleased()).isFalse();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(decision.getNoAssessmentReason()).isEqualTo("Panel agreed");
    assertThat(decision.getOutcome()).isEqualTo(Recommendation.AWARD);
  }
}
