package org.grantwise.domain.model.application;

import java.util.EnumSet;
import java.util.Set;

/** Where an application is in its life. Which moves are legal is decided here, not by pages. */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  UNDER_ASSESSMENT,
  CHANGES_REQUESTED,
  RESUBMITTED,
  AWARDED,
  DECLINED,
  WITHDRAWN;

  public Set<ApplicationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED, RESUBMITTED -> EnumSet.of(UNDER_ASSESSMENT, WITHDRAWN);
      case UNDER_ASSESSMENT -> EnumSet.of(CHANGES_REQUESTED, AWARDED, DECLINED, WITHDRAWN);
      case CHANGES_REQUESTED -> EnumSet.of(RESUBMITTED, WITHDRAWN);
      case AWARDED, DECLINED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
    };
  }

  public boolean canMoveTo(ApplicationStatus target) {
    return next().contains(target);
  }

  /** The applicant may change the form only while it is with them. */
  public boolean isEditableByApplicant() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }
}
