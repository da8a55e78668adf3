package org.grantwise.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdentifiersTest {

  @Test
  void charityNumberAcceptsSpacesAndLowerCase() {
    assertThat(CharityNumber.of(" sc 012345 ").value()).isEqualTo("SC012345");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SC12345", "SC0123456", "NI012345", "012345", "SCABCDEF"})
  void charityNumberRefusesAnythingButScAndSixDigits(String raw) {
    assertThatThrownBy(() -> CharityNumber.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SC followed by 6 digits");
  }

  @Test
  void companyNumberPadsShortNumericNumbers() {
    assertThat(CompanyNumber.of("123456").value()).isEqualTo("00123456");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SC1234567", "S1234567", "123456789", "SC-12345"})
  void companyNumberRefusesMalformedNumbers(String raw) {
    assertThatThrownBy(() -> CompanyNumber.of(raw)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orgIdPrefersTheCharityRegistration() {
    Organisation both =
        new Organisation(
            "Anchor",
            OrganisationType.CHARITY,
            CharityNumber.of("SC012345"),
            CompanyNumber.of("SC123456"),
            null,
            null);
    assertThat(both.orgId()).contains("GB-SC-SC012345");
  }

  @Test
  void orgIdFallsBackToCompaniesHouse() {
    Organisation company =
        new Organisation(
            "Trust", OrganisationType.COMPANY, null, CompanyNumber.of("SC123456"), null, null);
    assertThat(company.orgId()).contains("GB-COH-SC123456");
  }

  @Test
  void orgIdIsAbsentForAnUnregisteredGroup() {
    Organisation group =
        new Organisation("Group", OrganisationType.COMMUNITY_GROUP, null, null, null, null);
    assertThat(group.orgId()).isEmpty();
  }
}
