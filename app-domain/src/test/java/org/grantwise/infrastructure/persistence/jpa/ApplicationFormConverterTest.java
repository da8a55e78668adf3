package org.grantwise.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.grantwise.domain.model.application.ApplicationFixtures;
import org.grantwise.domain.model.application.ApplicationForm;
import org.junit.jupiter.api.Test;

class ApplicationFormConverterTest {

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
