package org.grantwise.application;

import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.IllegalStatusChangeException;

/** The fund's use cases start from a submitted application: a draft is not theirs to touch. */
final class SubmittedApplications {

  private SubmittedApplications() {}

  /** The application, refused when there is none or it is still a draft. */
  static GrantApplication submitted(ApplicationRepository applications, long applicationId) {
    GrantApplication application =
        applications
            .find(applicationId)
            .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    if (application.getStatus() == ApplicationStatus.DRAFT) {
      throw new IllegalStatusChangeException("This application has not been submitted");
    }
    return application;
  }
}
