package org.grantwise.domain.model.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;

/**
 * The rules every outcome record meets, however it arrives (form, file or API): a pseudonymous
 * respondent code, known codes, a consented collection date within the project's life, and no
 * identity twice in one batch. Each problem names the field (the API's field and the file's
 * column).
 */
public final class OutcomeRecordRules {

  /** The multi-select sections, by field name, with the vocabulary their codes come from. */
  public static final Map<String, Vocabulary> SECTIONS;

  static {
    Map<String, Vocabulary> sections = new LinkedHashMap<>();
    sections.put("contexts", Vocabulary.CONTEXT);
    sections.put("mechanisms", Vocabulary.MECHANISM);
    sections.put("shortTermOutcomes", Vocabulary.SHORT_TERM_OUTCOME);
    sections.put("longTermOutcomes", Vocabulary.LONG_TERM_OUTCOME);
    sections.put("selfIdentifiedOutcomes", Vocabulary.SELF_IDENTIFIED_OUTCOME);
    SECTIONS = Collections.unmodifiableMap(sections);
  }

  /** Every field of a record in the order of the file template. */
  public static final List<String> FIELDS =
      List.of(
          "respondentRef",
          "participantType",
          "wave",
          "collectedOn",
          "consent",
          "contexts",
          "mechanisms",
          "shortTermOutcomes",
          "longTermOutcomes",
          "selfIdentifiedOutcomes",
          "coProductionBefore",
          "coProductionNow");

  /** Codes removed from records whose personal link was removed start with this; never given. */
  public static final String ANONYMOUS_PREFIX = "ANON-";

  public static final int MAX_REF_LENGTH = 40;

  /**
   * A code, not a name: letters, digits, '-' and '_' with at least one digit (R-014, P2-007). The
   * digit rule turns away the commonest mistake, a person's name.
   */
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private final VocabularyIndex vocabularies;
  private final LocalDate projectStart;
  private final LocalDate projectEnd;
  private final LocalDate today;

  /**
   * @param projectStart the first day records may be collected on
   * @param projectEnd the last day of the project's funded life
   * @param today the collection date may not be later
   */
  public OutcomeRecordRules(
      VocabularyIndex vocabularies, LocalDate projectStart, LocalDate projectEnd, LocalDate today) {
    this.vocabularies = vocabularies;
    this.projectStart = projectStart;
    this.projectEnd = projectEnd;
    this.today = today;
  }

  /** Problems with one record on its own. */
  public List<FieldError> check(OutcomeRecord r) {
    List<FieldError> problems = new ArrayList<>();
    String ref = r.respondentRef();
    if (ref == null || ref.isBlank()) {
      problems.add(
          new FieldError(
              "respondentRef",
              "Enter the respondent's code, such as R-014 (never the person's name)"));
    } else if (ref.length() > MAX_REF_LENGTH
        || !REF.matcher(ref).matches()
        || ref.chars().noneMatch(Character::isDigit)) {
      problems.add(
          new FieldError(
              "respondentRef",
              "Give a respondent code of up to "
                  + MAX_REF_LENGTH
                  + " letters, digits, - or _ with at least one digit, such as R-014; never a name"));
    } else if (ref.regionMatches(true, 0, ANONYMOUS_PREFIX, 0, ANONYMOUS_PREFIX.length())) {
      problems.add(
          new FieldError(
              "respondentRef",
              "Respondent codes starting with "
                  + ANONYMOUS_PREFIX
                  + " are kept for erased records"));
    }
    if (r.participantType() == null || r.participantType().isBlank()) {
      problems.add(
          new FieldError(
              "participantType",
              "Choose the participant type: PARTNER, COMMUNITY_ANCHOR or COMMUNITY_MEMBER"));
    } else if (!vocabularies.has(Vocabulary.PARTICIPANT_TYPE, r.participantType())) {
      problems.add(
          new FieldError(
              "participantType",
              "'"
                  + r.participantType()
                  + "' is not a participant type: use PARTNER, COMMUNITY_ANCHOR or COMMUNITY_MEMBER"));
    }
    if (r.wave() == null || r.wave().isBlank()) {
      problems.add(new FieldError("wave", "Choose the wave: BASELINE, FOLLOW_UP or EXIT"));
    } else if (!isWave(r.wave())) {
      problems.add(
          new FieldError(
              "wave", "'" + r.wave() + "' is not a wave: use BASELINE, FOLLOW_UP or EXIT"));
    }
    LocalDate on = r.collectedOn();
    if (on == null) {
      problems.add(new FieldError("collectedOn", "Enter the date the answers were collected"));
    } else if (on.isAfter(today)) {
      problems.add(new FieldError("collectedOn", "The date of collection cannot be in the future"));
    } else if (on.isBefore(projectStart)) {
      problems.add(
          new FieldError(
              "collectedOn",
              "The date of collection must be on or after the project's start, " + projectStart));
    } else if (on.isAfter(projectEnd)) {
      problems.add(
          new FieldError(
              "collectedOn",
              "The date of collection must be on or before the project's end, " + projectEnd));
    }
    if (r.consent() == null || !r.consent()) {
      problems.add(
          new FieldError(
              "consent",
              "A record needs the respondent's explicit consent: set consent to true only when it"
                  + " was given"));
    }
    sections(r)
        .forEach(
            (field, codes) -> {
              if (codes == null) {
                return;
              }
              Vocabulary vocabulary = SECTIONS.get(field);
              Set<String> seen = new HashSet<>();
              for (String code : codes) {
                if (code == null || !vocabularies.has(vocabulary, code)) {
                  problems.add(
                      new FieldError(field, "'" + code + "' is not a code of " + vocabulary));
                  return;
                }
                if (!seen.add(code)) {
                  problems.add(new FieldError(field, "Give " + code + " once"));
                  return;
                }
              }
            });
    level(problems, "coProductionBefore", r.coProductionBefore());
    level(problems, "coProductionNow", r.coProductionNow());
    return problems;
  }

  /**
   * Problems with a whole batch: each record's own, and any identity given twice (the second is
   * reported, naming the first with {@code where}, e.g. "index 3" or "row 5").
   */
  public List<RecordError> checkAll(List<OutcomeRecord> records, IntFunction<String> where) {
    List<RecordError> problems = new ArrayList<>();
    Map<OutcomeRecord.Identity, Integer> first = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      OutcomeRecord r = records.get(i);
      if (r == null) {
        problems.add(new RecordError(i, "record", "Each record must be a JSON object"));
        continue;
      }
      for (FieldError e : check(r)) {
        problems.add(new RecordError(i, e.field(), e.message()));
      }
      if (r.respondentRef() != null && r.wave() != null && r.collectedOn() != null) {
        Integer earlier = first.putIfAbsent(r.identity(), i);
        if (earlier != null) {
          problems.add(
              new RecordError(
                  i,
                  "respondentRef",
                  "The same respondent, wave and date is also at "
                      + where.apply(earlier)
                      + "; give each record once"));
        }
      }
    }
    return problems;
  }

  public static boolean isWave(String wave) {
    for (Wave w : Wave.values()) {
      if (w.name().equals(wave)) {
        return true;
      }
    }
    return false;
  }

  /** The sections of a record by field name, in template order; values may be null. */
  public static Map<String, List<String>> sections(OutcomeRecord r) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put("contexts", r.contexts());
    sections.put("mechanisms", r.mechanisms());
    sections.put("shortTermOutcomes", r.shortTermOutcomes());
    sections.put("longTermOutcomes", r.longTermOutcomes());
    sections.put("selfIdentifiedOutcomes", r.selfIdentifiedOutcomes());
    return sections;
  }

  private void level(List<FieldError> problems, String field, String code) {
    if (code != null && !vocabularies.has(Vocabulary.CO_PRODUCTION_LEVEL, code)) {
      problems.add(
          new FieldError(
              field,
              "'"
                  + code
                  + "' is not a level: use NOT_INVOLVED, CONSULTED, CO_DESIGN, CO_DELIVERY or"
                  + " DECISION_MAKING"));
    }
  }
}
