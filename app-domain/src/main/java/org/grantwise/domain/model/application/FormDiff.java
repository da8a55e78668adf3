package org.grantwise.domain.model.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a form, field by field, using the API's field paths ({@code
 * coProduction.coDesign}, {@code budget[2].requested}). Officers read it when an application comes
 * back after changes were requested.
 */
public final class FormDiff {

  /** One changed field; a value absent on one side is null there. */
  public record Change(String field, String before, String after) implements java.io.Serializable {}

  private FormDiff() {}

  public static List<Change> between(ApplicationForm before, ApplicationForm after) {
    Map<String, String> old = flatten(before);
    Map<String, String> now = flatten(after);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, String> field : old.entrySet()) {
      String newer = now.get(field.getKey());
      if (!Objects.equals(field.getValue(), newer)) {
        changes.add(new Change(field.getKey(), field.getValue(), newer));
      }
    }
    for (Map.Entry<String, String> field : now.entrySet()) {
      if (!old.containsKey(field.getKey())) {
        changes.add(new Change(field.getKey(), null, field.getValue()));
      }
    }
    return changes;
  }

  static Map<String, String> flatten(ApplicationForm form) {
    Map<String, String> fields = new LinkedHashMap<>();
    flatten("", form, fields);
    return fields;
  }

  private static void flatten(String path, Object value, Map<String, String> fields) {
    if (value == null) {
      return;
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          Object part = component.getAccessor().invoke(record);
          flatten(
              path.isEmpty() ? component.getName() : path + "." + component.getName(),
              part,
              fields);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(path + "[" + (i + 1) + "]", list.get(i), fields);
      }
    } else if (value instanceof BigDecimal amount) {
      fields.put(path, amount.stripTrailingZeros().toPlainString());
    } else {
      fields.put(path, value.toString());
    }
  }
}
