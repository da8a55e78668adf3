package org.grantwise.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwise.infrastructure.persistence.jpa.ApplicationFormConverter;
import org.junit.jupiter.api.Test;

class ApplicationFormJsonTest {

  private final ApplicationFormConverter converter = new ApplicationFormConverter();

  @Test
  void theFormSurvivesTheDatabaseRoundTrip() {
    ApplicationForm form = ApplicationFixtures.complete();
    String json = converter.convertToDatabaseColumn(form);
    assertThat(json).contains("\"coProduction\":", "\"needsAssessment\":\"Door-to-door survey\"");
    assertThat(converter.convertToEntityAttribute(json)).isEqualTo(form);
  }

  @Test
  void anEmptyDocumentReadsAsAnEmptyForm() {
    assertThat(converter.convertToEntityAttribute("{}")).isEqualTo(ApplicationForm.empty());
  }
}
