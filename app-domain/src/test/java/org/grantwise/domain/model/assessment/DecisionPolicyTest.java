package org.grantwise.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwise.domain.model.application.ApplicationStatus;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

  @Test
  void onlyASubmittedApplicationIsDecidedAndOnlyOnce() {
    assertThat(DecisionPolicy.whyNotDecidable(ApplicationStatus.DRAFT, false))
        .hasValue("Only a submitted application can be decided");
    assertThat(DecisionPolicy.whyNotDecidable(ApplicationStatus.WITHDRAWN, false))
        .hasValue("Only a submitted application can be decided");
    assertThat(DecisionPolicy.whyNotDecidable(ApplicationStatus.SUBMITTED, true))
        .hasValue("This application has already been decided");
    assertThat(DecisionPolicy.whyNotDecidable(ApplicationStatus.SUBMITTED, false)).isEmpty();
    assertThat(DecisionPolicy.whyNotDecidable(ApplicationStatus.UNDER_ASSESSMENT, false)).isEmpty();
  }
}
