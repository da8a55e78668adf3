package org.grantwise.domain.model.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class OutcomeRowReaderTest {

  static final Labels LABELS =
      new Labels(
          Map.of(
              Vocabulary.PARTICIPANT_TYPE,
              Map.of("COMMUNITY_MEMBER", "Community Members", "PARTNER", "Partners"),
              Vocabulary.CONTEXT,
              Map.of(
                  "MADE_WELCOME",
                  "Made to feel welcome",
                  "CO_DELIVERY",
                  "Co-delivery opportunities"),
              Vocabulary.CO_PRODUCTION_LEVEL,
              Map.of("CONSULTED", "Consulted")));

  static final List<String> HEADER = OutcomeRecordRules.FIELDS;

  @Test
  void codesAndLabelsAreReadAndEmptyMeansNotAskedWhileNoneMeansAnsweredNone() {
    OutcomeRowReader reader = OutcomeRowReader.forHeader(HEADER, LABELS, new ArrayList<>());
    OutcomeRowReader.Row row =
        reader.read(
            2,
            List.of(
                "R-1",
                "community members",
                "Follow-up",
                "2026-05-14",
                "yes",
                "Made to feel welcome; CO_DELIVERY",
                "",
                "NONE",
                "",
                "none",
                "consulted",
                ""));
    assertThat(row.problems()).isEmpty();
    OutcomeRecord r = row.record();
    assertThat(r.participantType()).isEqualTo("COMMUNITY_MEMBER");
    assertThat(r.wave()).isEqualTo("FOLLOW_UP");
    assertThat(r.collectedOn()).isEqualTo(LocalDate.of(2026, 5, 14));
    assertThat(r.consent()).isTrue();
    assertThat(r.contexts()).containsExactly("MADE_WELCOME", "CO_DELIVERY");
    assertThat(r.mechanisms()).isNull();
    assertThat(r.shortTermOutcomes()).isEmpty();
    assertThat(r.selfIdentifiedOutcomes()).isEmpty();
    assertThat(r.coProductionBefore()).isEqualTo("CONSULTED");
    assertThat(r.coProductionNow()).isNull();
  }

  @Test
  void formulaCellsBadDatesAndBadConsentAreNamedByColumn() {
    OutcomeRowReader reader = OutcomeRowReader.forHeader(HEADER, LABELS, new ArrayList<>());
    OutcomeRowReader.Row row =
        reader.read(7, List.of("=cmd|' /C calc'!A0", "PARTNER", "BASELINE", "14.05.2026", "maybe"));
    assertThat(row.problems())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("respondentRef", "collectedOn", "consent");
  }

  @Test
  void aHeaderWithoutRequiredColumnsOrWithUnknownOnesIsRefused() {
    List<FieldError> problems = new ArrayList<>();
    OutcomeRowReader.forHeader(List.of("respondentRef", "name", "wave"), LABELS, problems);
    assertThat(problems)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("name", "participantType", "collectedOn", "consent");
  }
}
