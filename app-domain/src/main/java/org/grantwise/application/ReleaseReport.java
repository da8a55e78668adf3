package org.grantwise.application;

import java.io.Serializable;
import java.util.List;

/**
 * What releasing a round's decisions did: how many it released, and each decision it could not
 * release with the reason (those stay unreleased and are reported again at the next release).
 */
public record ReleaseReport(int released, List<NotReleased> notReleased) implements Serializable {

  public ReleaseReport {
    notReleased = List.copyOf(notReleased);
  }

  /** A decided application whose decision could not be released, and why. */
  public record NotReleased(long applicationId, String reference, String reason)
      implements Serializable {}
}
