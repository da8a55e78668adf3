package org.grantwise.domain.model.assessment;

import java.util.Optional;
import org.grantwise.domain.model.application.ApplicationStatus;

/**
 * Whether an application can be decided at all: only once it is submitted (a draft or a withdrawn
 * application cannot), and only once. What the decision may say is {@link AwardRules}' and {@link
 * ModerationPolicy}'s.
 */
public final class DecisionPolicy {

  private DecisionPolicy() {}

  /** Why the application cannot be decided, if it cannot. */
  public static Optional<String> whyNotDecidable(ApplicationStatus status, boolean decided) {
    if (status == ApplicationStatus.DRAFT || status == ApplicationStatus.WITHDRAWN) {
      return Optional.of("Only a submitted application can be decided");
    }
    if (decided) {
      return Optional.of("This application has already been decided");
    }
    return Optional.empty();
  }
}
