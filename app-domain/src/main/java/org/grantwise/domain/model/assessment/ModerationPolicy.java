package org.grantwise.domain.model.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.shared.FieldError;

/**
 * When an application needs a moderated score and when one may be recorded: two completed
 * assessments further apart than the round's threshold hold back an award or a decline (not a
 * request for changes) until the agreed score is recorded, once, before the decision, as a score
 * from 0 to 100 with a note of how it was agreed.
 */
public final class ModerationPolicy {

  /** The highest moderated score. */
  public static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(100);

  /** The longest note (the column is VARCHAR(4000)). */
  public static final int LONGEST_NOTE = 4000;

  private ModerationPolicy() {}

  /** Whether two completed assessments differ by more than the threshold. */
  public static boolean needsModeration(List<Assessment> assessments, BigDecimal threshold) {
    return Disagreement.among(assessments, threshold).isPresent();
  }

  /** Why the decision must wait for a moderated score, if it must. */
  public static Optional<String> whyDecisionWaits(
      Recommendation decision,
      List<Assessment> assessments,
      BigDecimal threshold,
      boolean moderated) {
    if (decision != Recommendation.REQUEST_CHANGES
        && needsModeration(assessments, threshold)
        && !moderated) {
      return Optional.of(
          "The two assessments differ by more than the round's threshold: record the moderated"
              + " score before deciding");
    }
    return Optional.empty();
  }

  /**
   * The disagreement to settle, or why no moderated score can be recorded now: the application is
   * decided, its score is already moderated, or its assessments do not disagree enough.
   */
  public static Settling settling(
      boolean decided, boolean moderated, List<Assessment> assessments, BigDecimal threshold) {
    if (decided) {
      return Settling.refused("This application has already been decided");
    }
    if (moderated) {
      return Settling.refused("A moderated score has already been recorded");
    }
    return Disagreement.among(assessments, threshold)
        .map(d -> new Settling(Optional.of(d), Optional.empty()))
        .orElseGet(
            () ->
                Settling.refused(
                    "Moderation is only needed when two completed assessments differ by more than "
                        + threshold.stripTrailingZeros().toPlainString()
                        + " points"));
  }

  /** The problems with a moderated score as given: none when it may be recorded. */
  public static List<FieldError> check(BigDecimal total, String note) {
    List<FieldError> problems = new ArrayList<>();
    if (total == null
        || total.signum() < 0
        || total.compareTo(HIGHEST_SCORE) > 0
        || total.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldError("score", "Give the moderated score from 0 to 100, like 62.5"));
    }
    if (note == null || note.isBlank()) {
      problems.add(new FieldError("note", "Say how the moderated score was agreed"));
    } else if (note.length() > LONGEST_NOTE) {
      problems.add(new FieldError("note", "Keep the note to 4000 characters"));
    }
    return problems;
  }

  /** Either the disagreement a moderated score settles, or why there is none to settle now. */
  public record Settling(Optional<Disagreement> disagreement, Optional<String> refusal) {

    static Settling refused(String why) {
      return new Settling(Optional.empty(), Optional.of(why));
    }
  }
}
