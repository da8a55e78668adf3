package org.grantwise.interfaces.applications.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.application.Section;
import org.grantwise.domain.model.application.SupportingDocument;
import org.grantwise.domain.model.shared.FieldError;

/**
 * Between the API's JSON and the application form. A request may carry any subset of the form's
 * top-level fields (a section); each present field replaces the saved one, and a field of the wrong
 * type or an unknown field is reported by name.
 */
final class ApplicationJson {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private static final Map<String, Type> FIELDS = new LinkedHashMap<>();

  static {
    for (RecordComponent component : ApplicationForm.class.getRecordComponents()) {
      FIELDS.put(component.getName(), component.getGenericType());
    }
  }

  /** Fields of a request that are not the form's own. */
  static final List<String> CONTROL_FIELDS =
      List.of("roundId", "id", "reference", "status", "version");

  /** Fields of the representation that a request may echo back but not change. */
  static final List<String> READ_ONLY_FIELDS =
      List.of(
          "sections",
          "organisation",
          "documents",
          "roundName",
          "updatedAt",
          "updatedBy",
          "submittedAt",
          "totalRequested",
          "totalCost");

  private ApplicationJson() {}

  /** The saved form with the request's fields laid over it, or the problems found. */
  static ApplicationForm merge(ApplicationForm saved, JsonObject request, List<FieldError> errors) {
    JsonObjectBuilder merged = Json.createObjectBuilder(toJsonObject(saved));
    for (Map.Entry<String, JsonValue> field : request.entrySet()) {
      String name = field.getKey();
      if (CONTROL_FIELDS.contains(name) || READ_ONLY_FIELDS.contains(name)) {
        continue;
      }
      Type type = FIELDS.get(name);
      if (type == null) {
        errors.add(new FieldError(name, "There is no field called " + name + " in an application"));
        continue;
      }
      try {
        JSONB.fromJson(field.getValue().toString(), type);
        merged.add(name, field.getValue());
      } catch (JsonbException | ClassCastException e) {
        errors.add(new FieldError(name, describe(name, type)));
      }
    }
    if (!errors.isEmpty()) {
      return saved;
    }
    return JSONB.fromJson(merged.build().toString(), ApplicationForm.class);
  }

  private static String describe(String name, Type type) {
    String expected =
        switch (type.getTypeName()) {
          case "java.lang.String" -> "text";
          case "java.lang.Integer" -> "a whole number";
          case "java.time.LocalDate" -> "a date written as YYYY-MM-DD";
          default ->
              type.getTypeName().startsWith("java.util.List")
                  ? "a list in the documented shape"
                  : "an object in the documented shape";
        };
    return "The value of " + name + " must be " + expected;
  }

  static JsonObject toJsonObject(ApplicationForm form) {
    return Json.createReader(new StringReader(JSONB.toJson(form))).readObject();
  }

  /** The whole application as the API shows it. */
  static JsonObject representation(GrantApplication application, List<Section> complete) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add("id", application.getId());
    json.add("reference", application.getReference());
    json.add("status", application.getStatus().name());
    json.add("roundId", application.getRound().getId());
    json.add("roundName", application.getRound().getName());
    json.add(
        "organisation",
        Json.createObjectBuilder()
            .add("id", application.getOrganisation().getId())
            .add("name", application.getOrganisation().getName()));
    json.add("version", application.getVersion());
    json.add("updatedAt", application.getUpdatedAt().toString());
    json.add("updatedBy", application.getUpdatedBy());
    if (application.getSubmittedAt() == null) {
      json.addNull("submittedAt");
    } else {
      json.add("submittedAt", application.getSubmittedAt().toString());
    }
    toJsonObject(application.getForm()).forEach(json::add);
    JsonObjectBuilder sections = Json.createObjectBuilder();
    for (Section section : Section.values()) {
      sections.add(section.name(), complete.contains(section));
    }
    json.add("sections", sections);
    var documents = Json.createArrayBuilder();
    application.getDocuments().forEach(d -> documents.add(document(d)));
    json.add("documents", documents);
    json.add("totalRequested", application.getForm().totalRequested());
    json.add("totalCost", application.getForm().totalCost());
    return json.build();
  }

  static JsonObject document(SupportingDocument document) {
    return Json.createObjectBuilder()
        .add("id", document.getId())
        .add("kind", document.getKind().name())
        .add("filename", document.getFilename())
        .add("contentType", document.getContentType())
        .add("size", document.getSize())
        .add("sha256", document.getSha256())
        .add("uploadedBy", document.getUploadedBy())
        .add("uploadedAt", document.getUploadedAt().toString())
        .build();
  }

  static JsonObject summary(GrantApplication application) {
    return Json.createObjectBuilder()
        .add("id", application.getId())
        .add("reference", application.getReference())
        .add("status", application.getStatus().name())
        .build();
  }
}
