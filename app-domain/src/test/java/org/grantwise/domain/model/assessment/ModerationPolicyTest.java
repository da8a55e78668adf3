package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwise.domain.model.assessment.AssessmentFixtures.completed;

import java.math.BigDecimal;
import java.util.List;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class ModerationPolicyTest {

  private static final BigDecimal THRESHOLD = new BigDecimal("15.00");

  private static final List<Assessment> APART = List.of(completed("o1", 5), completed("o2", 1));
  private static final List<Assessment> CLOSE = List.of(completed("o1", 5), completed("o2", 5));

  @Test
  void anAwardOrDeclineWaitsForTheModeratedScoreOfADisagreement() {
    assertThat(ModerationPolicy.needsModeration(APART, THRESHOLD)).isTrue();
    assertThat(ModerationPolicy.whyDecisionWaits(Recommendation.AWARD, APART, THRESHOLD, false))
        .hasValueSatisfying(why -> assertThat(why).contains("record the moderated score"));
    assertThat(ModerationPolicy.whyDecisionWaits(Recommendation.DECLINE, APART, THRESHOLD, false))
        .isPresent();
    assertThat(ModerationPolicy.whyDecisionWaits(Recommendation.AWARD, APART, THRESHOLD, true))
        .as("once moderated")
        .isEmpty();
    assertThat(
            ModerationPolicy.whyDecisionWaits(
                Recommendation.REQUEST_CHANGES, APART, THRESHOLD, false))
        .as("a request for changes never waits")
        .isEmpty();
    assertThat(ModerationPolicy.whyDecisionWaits(Recommendation.AWARD, CLOSE, THRESHOLD, false))
        .isEmpty();
  }

  @Test
  void aModeratedScoreIsRecordedOnceBeforeTheDecisionAndOnlyForADisagreement() {
    assertThat(ModerationPolicy.settling(false, false, APART, THRESHOLD).disagreement())
        .isPresent();
    assertThat(ModerationPolicy.settling(true, false, APART, THRESHOLD).refusal())
        .hasValue("This application has already been decided");
    assertThat(ModerationPolicy.settling(false, true, APART, THRESHOLD).refusal())
        .hasValue("A moderated score has already been recorded");
    assertThat(ModerationPolicy.settling(false, false, CLOSE, THRESHOLD).refusal())
        .hasValue(
            "Moderation is only needed when two completed assessments differ by more than 15"
                + " points");
  }

  @Test
  void theModeratedScoreIsFrom0To100InHundredthsWithANoteOfHowItWasAgreed() {
    assertThat(ModerationPolicy.check(new BigDecimal("62.5"), "Agreed at panel")).isEmpty();
    assertThat(ModerationPolicy.check(new BigDecimal("100"), "Agreed")).isEmpty();
    assertThat(ModerationPolicy.check(new BigDecimal("0"), "Agreed")).isEmpty();
    assertThat(fields(ModerationPolicy.check(new BigDecimal("100.01"), "Agreed")))
        .containsExactly("score");
    assertThat(fields(ModerationPolicy.check(new BigDecimal("-1"), "Agreed")))
        .containsExactly("score");
    assertThat(fields(ModerationPolicy.check(new BigDecimal("62.555"), "Agreed")))
        .containsExactly("score");
    assertThat(fields(ModerationPolicy.check(null, " "))).containsExactly("score", "note");
    assertThat(ModerationPolicy.check(BigDecimal.TEN, "x".repeat(4001)))
        .extracting(FieldError::message)
        .containsExactly("Keep the note to 4000 characters");
  }

  private static List<String> fields(List<FieldError> problems) {
    return problems.stream().map(FieldError::field).toList();
  }
}
