package org.grantwise.domain.model.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingRoundTest {

  private final FundingRound round =
      new FundingRound(
          "Round 1",
          LocalDate.of(2026, 4, 1),
          LocalDate.of(2026, 6, 30),
          new BigDecimal("50000.00"),
          3);

  @Test
  void isUpcomingBeforeItOpens() {
    assertThat(round.statusOn(LocalDate.of(2026, 3, 31))).isEqualTo(RoundStatus.UPCOMING);
  }

  @Test
  void isOpenFromItsFirstToItsLastDay() {
    assertThat(round.statusOn(LocalDate.of(2026, 4, 1))).isEqualTo(RoundStatus.OPEN);
    assertThat(round.statusOn(LocalDate.of(2026, 6, 30))).isEqualTo(RoundStatus.OPEN);
  }

  @Test
  void isClosedTheDayAfterItCloses() {
    assertThat(round.statusOn(LocalDate.of(2026, 7, 1))).isEqualTo(RoundStatus.CLOSED);
  }

  @Test
  void refusesToCloseBeforeItOpens() {
    assertThatThrownBy(
            () ->
                new FundingRound(
                    "Backwards",
                    LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 3, 1),
                    BigDecimal.ONE,
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMoreThanThreeYears() {
    assertThatThrownBy(
            () ->
                new FundingRound(
                    "Long", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), BigDecimal.TEN, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
