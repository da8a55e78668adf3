package org.grantwise.domain.model.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What one respondent reported at one collection point. Each multi-select section is {@code null}
 * when it was not asked (or not answered) and an empty list when answered with none; the statistics
 * count the two differently. {@code id} is null until stored.
 *
 * <p>Values arrive as given (wave as text, consent possibly missing) and are checked by {@link
 * OutcomeRecordRules}; a stored record always passed them.
 */
public record OutcomeRecord(
    Long id,
    String respondentRef,
    String participantType,
    String wave,
    LocalDate collectedOn,
    Boolean consent,
    List<String> contexts,
    List<String> mechanisms,
    List<String> shortTermOutcomes,
    List<String> longTermOutcomes,
    List<String> selfIdentifiedOutcomes,
    String coProductionBefore,
    String coProductionNow)
    implements Serializable {

  /** The business identity within a project: respondent, wave and date. */
  public record Identity(String respondentRef, String wave, LocalDate collectedOn) {}

  public Identity identity() {
    return new Identity(respondentRef, wave, collectedOn);
  }

  public OutcomeRecord withId(Long newId) {
    return new OutcomeRecord(
        newId,
        respondentRef,
        participantType,
        wave,
        collectedOn,
        consent,
        contexts,
        mechanisms,
        shortTermOutcomes,
        longTermOutcomes,
        selfIdentifiedOutcomes,
        coProductionBefore,
        coProductionNow);
  }
}
