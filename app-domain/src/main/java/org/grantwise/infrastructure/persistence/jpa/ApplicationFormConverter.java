package org.grantwise.infrastructure.persistence.jpa;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.grantwise.domain.model.application.ApplicationForm;

/**
 * Stores the application form as JSON (a PostgreSQL jsonb column), in the API's own shape. Applied
 * automatically to every {@link ApplicationForm} attribute, so the model does not name it.
 */
@Converter(autoApply = true)
public class ApplicationFormConverter implements AttributeConverter<ApplicationForm, String> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public String convertToDatabaseColumn(ApplicationForm form) {
    return JSONB.toJson(form == null ? ApplicationForm.empty() : form);
  }

  @Override
  public ApplicationForm convertToEntityAttribute(String json) {
    return json == null ? ApplicationForm.empty() : JSONB.fromJson(json, ApplicationForm.class);
  }
}
