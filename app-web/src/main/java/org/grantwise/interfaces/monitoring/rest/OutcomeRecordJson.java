package org.grantwise.interfaces.monitoring.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRules;
import org.grantwise.domain.model.monitoring.RecordError;

/**
 * Outcome records as JSON, with the field names. Reading keeps the difference between a
 * section that is absent or {@code null} (not asked) and {@code []} (answered, none); values of the
 * wrong JSON type are reported by index and field instead of failing the whole request.
 */
final class OutcomeRecordJson {

  private OutcomeRecordJson() {}

  static JsonObject write(OutcomeRecord r) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("id", r.id());
    text(o, "respondentRef", r.respondentRef());
    text(o, "participantType", r.participantType());
    text(o, "wave", r.wave());
    text(o, "collectedOn", r.collectedOn() == null ? null : r.collectedOn().toString());
    o.add("consent", Boolean.TRUE.equals(r.consent()));
    OutcomeRecordRules.sections(r)
        .forEach(
            (field, codes) -> {
              if (codes == null) {
                o.addNull(field);
              } else {
                JsonArrayBuilder list = Json.createArrayBuilder();
                codes.forEach(list::add);
                o.add(field, list);
              }
            });
    text(o, "coProductionBefore", r.coProductionBefore());
    text(o, "coProductionNow", r.coProductionNow());
    return o.build();
  }

  private static void text(JsonObjectBuilder o, String field, String value) {
    if (value == null) {
      o.addNull(field);
    } else {
      o.add(field, value);
    }
  }

  /** Reads record {@code index}; problems of JSON type go to {@code problems}. */
  static OutcomeRecord read(int index, JsonValue value, List<RecordError> problems) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(new RecordError(index, "record", "Each record must be a JSON object"));
      return null;
    }
    JsonObject o = value.asJsonObject();
    Reader in = new Reader(index, o, problems);
    return new OutcomeRecord(
        null,
        in.text("respondentRef"),
        in.text("participantType"),
        in.text("wave"),
        in.date("collectedOn"),
        in.bool("consent"),
        in.list("contexts"),
        in.list("mechanisms"),
        in.list("shortTermOutcomes"),
        in.list("longTermOutcomes"),
        in.list("selfIdentifiedOutcomes"),
        in.text("coProductionBefore"),
        in.text("coProductionNow"));
  }

  private record Reader(int index, JsonObject o, List<RecordError> problems) {

    private JsonValue value(String field) {
      JsonValue v = o.get(field);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    String text(String field) {
      JsonValue v = value(field);
      if (v == null) {
        return null;
      }
      if (v.getValueType() != JsonValue.ValueType.STRING) {
        problems.add(new RecordError(index, field, field + " must be text"));
        return null;
      }
      return ((JsonString) v).getString();
    }

    LocalDate date(String field) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(
            new RecordError(
                index, field, "Give " + field + " as a date YYYY-MM-DD, such as 2026-05-14"));
        return null;
      }
    }

    Boolean bool(String field) {
      JsonValue v = value(field);
      if (v == null) {
        return null;
      }
      if (v == JsonValue.TRUE) {
        return Boolean.TRUE;
      }
      if (v == JsonValue.FALSE) {
        return Boolean.FALSE;
      }
      problems.add(new RecordError(index, field, field + " must be true or false"));
      return null;
    }

    List<String> list(String field) {
      JsonValue v = value(field);
      if (v == null) {
        return null;
      }
      if (v.getValueType() != JsonValue.ValueType.ARRAY) {
        problems.add(
            new RecordError(
                index,
                field,
                field + " must be a list of codes, [] for none, or null if not asked"));
        return null;
      }
      List<String> codes = new ArrayList<>();
      for (JsonValue item : v.asJsonArray()) {
        if (item.getValueType() != JsonValue.ValueType.STRING) {
          problems.add(new RecordError(index, field, field + " must hold codes as text"));
          return null;
        }
        codes.add(((JsonString) item).getString());
      }
      return codes;
    }
  }
}
