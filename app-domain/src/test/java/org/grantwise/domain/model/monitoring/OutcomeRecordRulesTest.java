package org.grantwise.domain.model.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;
import org.junit.jupiter.api.Test;

class OutcomeRecordRulesTest {

  static final VocabularyIndex VOCABULARIES =
      VocabularyIndex.of(
          Map.of(
              Vocabulary.PARTICIPANT_TYPE,
              Set.of("PARTNER", "COMMUNITY_ANCHOR", "COMMUNITY_MEMBER"),
              Vocabulary.CONTEXT,
              Set.of("MADE_WELCOME", "NEEDS_ASSESSMENT"),
              Vocabulary.MECHANISM,
              Set.of("CONFIDENCE"),
              Vocabulary.SHORT_TERM_OUTCOME,
              Set.of("SKILLS_KNOWLEDGE"),
              Vocabulary.LONG_TERM_OUTCOME,
              Set.of("WELLBEING"),
              Vocabulary.SELF_IDENTIFIED_OUTCOME,
              Set.of("NEW_SKILLS"),
              Vocabulary.CO_PRODUCTION_LEVEL,
              Set.of("NOT_INVOLVED", "CONSULTED", "CO_DELIVERY")));

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  final OutcomeRecordRules rules =
      new OutcomeRecordRules(VOCABULARIES, START, LocalDate.of(2027, 12, 31), TODAY);

  static OutcomeRecord valid(String ref) {
    return new OutcomeRecord(
        null,
        ref,
        "COMMUNITY_MEMBER",
        "BASELINE",
        LocalDate.of(2026, 3, 2),
        true,
        List.of("MADE_WELCOME"),
        null,
        List.of(),
        null,
        null,
        "NOT_INVOLVED",
        "CO_DELIVERY");
  }

  @Test
  void aCompleteConsentedRecordPasses() {
    assertThat(rules.check(valid("R-001"))).isEmpty();
  }

  @Test
  void aNameIsRefusedAsRespondentCode() {
    assertThat(fields(rules.check(valid("Jane Smith")))).containsExactly("respondentRef");
    assertThat(fields(rules.check(valid("JaneSmith")))).containsExactly("respondentRef");
    assertThat(fields(rules.check(valid("ANON-123")))).containsExactly("respondentRef");
  }

  @Test
  void consentMustBeGiven() {
    OutcomeRecord r = valid("R-002");
    OutcomeRecord refused =
        new OutcomeRecord(
            null,
            r.respondentRef(),
            r.participantType(),
            r.wave(),
            r.collectedOn(),
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fields(rules.check(refused))).containsExactly("consent");
  }

  @Test
  void futureDatesAndDatesBeforeTheProjectAreRefused() {
    assertThat(rules.check(at(TODAY.plusDays(1))))
        .extracting(FieldError::message)
        .containsExactly("The date of collection cannot be in the future");
    assertThat(fields(rules.check(at(START.minusDays(1))))).containsExactly("collectedOn");
    assertThat(rules.check(at(START))).isEmpty();
  }

  @Test
  void unknownCodesAreNamedWithTheirField() {
    OutcomeRecord r =
        new OutcomeRecord(
            null,
            "R-003",
            "VOLUNTEER",
            "MIDWAY",
            START,
            true,
            List.of("MADE_WELCOME", "NOPE"),
            List.of(),
            null,
            null,
            null,
            "BOARD",
            null);
    assertThat(fields(rules.check(r)))
        .containsExactly("participantType", "wave", "contexts", "coProductionBefore");
  }

  @Test
  void theSameIdentityTwiceInABatchIsReportedAtTheSecond() {
    List<RecordError> problems =
        rules.checkAll(List.of(valid("R-1"), valid("R-2"), valid("R-1")), i -> "index " + i);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).index()).isEqualTo(2);
    assertThat(problems.get(0).field()).isEqualTo("respondentRef");
    assertThat(problems.get(0).message()).contains("index 0");
  }

  private static OutcomeRecord at(LocalDate on) {
    OutcomeRecord r = valid("R-004");
    return new OutcomeRecord(
        null,
        r.respondentRef(),
        r.participantType(),
        r.wave(),
        on,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }
}
