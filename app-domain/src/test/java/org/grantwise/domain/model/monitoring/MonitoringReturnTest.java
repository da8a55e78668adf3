package org.grantwise.domain.model.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.shared.FieldError;
import org.junit.jupiter.api.Test;

class MonitoringReturnTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  static final MonitoringReturn.Content COMPLETE =
      new MonitoringReturn.Content(
          42,
          "Weekly skills café",
          "Peer mentors: people trusted them",
          "Bus fares",
          "The library's free room",
          "Two participants started a walking group",
          "Three members joined the steering group");

  @Test
  void submitRefusesAReturnWithMissingParts() {
    MonitoringReturn r = new MonitoringReturn(1, LocalDate.of(2026, 7, 5), "anchor1", NOW);
    r.write(new MonitoringReturn.Content(10, "Café", null, null, null, null, null), "anchor1", NOW);
    assertThat(r.submit("anchor1", NOW))
        .extracting(FieldError::field)
        .containsExactly(
            "whatWorked", "barriers", "enablers", "unexpectedResults", "coProductionChanges");
    assertThat(r.getStatus()).isEqualTo(ReturnStatus.DRAFT);
  }

  @Test
  void aQueriedReturnGoesBackToTheAnchorAndAnAcceptedOneIsFinal() {
    MonitoringReturn r = new MonitoringReturn(1, LocalDate.of(2026, 7, 5), "anchor1", NOW);
    assertThat(r.write(COMPLETE, "anchor1", NOW)).isEmpty();
    assertThat(r.submit("anchor1", NOW)).isEmpty();
    assertThat(r.getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
    assertThatThrownBy(() -> r.write(COMPLETE, "anchor1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);

    assertThat(r.query(" ", "officer1", NOW))
        .extracting(FieldError::field)
        .containsExactly("query");
    assertThat(r.query("How many were new?", "officer1", NOW)).isEmpty();
    assertThat(r.getStatus()).isEqualTo(ReturnStatus.QUERIED);
    assertThat(r.getStatus().isOutstanding()).isTrue();

    assertThat(r.write(COMPLETE, "anchor1", NOW)).isEmpty();
    assertThat(r.submit("anchor1", NOW)).isEmpty();
    r.accept("officer1", NOW);
    assertThat(r.getStatus()).isEqualTo(ReturnStatus.ACCEPTED);
    assertThat(r.getQuery()).isNull();
    assertThatThrownBy(() -> r.accept("officer1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);
    assertThatThrownBy(() -> r.submit("anchor1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);
  }

  @Test
  void aDraftCannotBeAcceptedBeforeItIsSubmitted() {
    MonitoringReturn r = new MonitoringReturn(1, LocalDate.of(2026, 7, 5), "anchor1", NOW);
    assertThatThrownBy(() -> r.accept("officer1", NOW))
        .isInstanceOf(IllegalStatusChangeException.class);
  }
}
