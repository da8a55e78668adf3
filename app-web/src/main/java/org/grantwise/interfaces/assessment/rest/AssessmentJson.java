package org.grantwise.interfaces.assessment.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.application.DecisionInput;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.assessment.Assessment;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.assessment.Recommendation;
import org.grantwise.domain.model.shared.FieldError;

/** JSON for assessments, decisions and funded projects. */
public final class AssessmentJson {

  private AssessmentJson() {}

  public static JsonObject assessment(Assessment a) {
    JsonArrayBuilder scores = Json.createArrayBuilder();
    a.getScores()
        .forEach(
            s ->
                scores.add(
                    Json.createObjectBuilder()
                        .add("criterion", s.getCriterion())
                        .add("score", s.getScore())
                        .add("justification", s.getJustification())));
    return Json.createObjectBuilder()
        .add("id", a.getId())
        .add("applicationId", a.getApplicationId())
        .add("officer", a.getOfficer())
        .add("status", a.getStatus().name())
        .add("scores", scores)
        .add(
            "weightedTotal",
            a.getWeightedTotal() == null ? JsonValue.NULL : Json.createValue(a.getWeightedTotal()))
        .add("coProductionModel", nullable(a.getCoProductionModel()))
        .add("modelReason", nullable(a.getModelReason()))
        .add(
            "recommendation",
            a.getRecommendation() == null
                ? JsonValue.NULL
                : Json.createValue(a.getRecommendation().name()))
        .add("comment", nullable(a.getComment()))
        .build();
  }

  public static JsonObject project(FundedProject p, String organisationName) {
    JsonArrayBuilder amounts = Json.createArrayBuilder();
    p.getAmounts()
        .forEach(
            y ->
                amounts.add(
                    Json.createObjectBuilder()
                        .add("year", y.getYear())
                        .add("amount", y.getAmount())));
    JsonArrayBuilder reports = Json.createArrayBuilder();
    p.getReportsDue()
        .forEach(
            r ->
                reports.add(
                    Json.createObjectBuilder()
                        .add("dueOn", r.getDueOn().toString())
                        .add("period", r.getPeriod())));
    return Json.createObjectBuilder()
        .add("projectRef", p.getProjectRef())
        .add("applicationId", p.getApplicationId())
        .add("title", p.getTitle())
        .add(
            "organisation",
            Json.createObjectBuilder()
                .add("id", p.getOrganisationId())
                .add("name", organisationName))
        .add("roundId", p.getRoundId())
        .add("primaryTheme", p.getPrimaryTheme())
        .add("coProductionModel", p.getCoProductionModel())
        .add("startDate", p.getStartDate().toString())
        .add("amounts", amounts)
        .add("total", p.total())
        .add("reportsDue", reports)
        .build();
  }

  public static DecisionInput decision(JsonObject body) {
    List<FieldError> errors = new ArrayList<>();
    Recommendation decision = null;
    if (body.get("decision") instanceof JsonString value) {
      try {
        decision = Recommendation.valueOf(value.getString());
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError("decision", "Give the decision: AWARD, DECLINE or REQUEST_CHANGES"));
      }
    } else {
      errors.add(
          new FieldError("decision", "Give the decision: AWARD, DECLINE or REQUEST_CHANGES"));
    }
    List<DecisionInput.YearAmount> amounts = new ArrayList<>();
    if (body.get("awardedAmounts") instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof JsonObject y
            && y.get("year") instanceof JsonNumber year
            && y.get("amount") instanceof JsonNumber amount) {
          Integer whole = null;
          try {
            whole = year.isIntegral() ? year.intValueExact() : null;
          } catch (ArithmeticException tooLarge) {
            // left null: refused below as not a year
          }
          if (whole == null) {
            errors.add(
                new FieldError(
                    "awardedAmounts[" + (i + 1) + "].year",
                    "Give the year as a whole number, from 1"));
          }
          amounts.add(new DecisionInput.YearAmount(whole, amount.bigDecimalValue()));
        } else {
          errors.add(
              new FieldError(
                  "awardedAmounts[" + (i + 1) + "]",
                  "Give each year as {\"year\": 1, \"amount\": 25000.00}"));
        }
      }
    }
    LocalDate start = null;
    if (body.get("startDate") instanceof JsonString date) {
      try {
        start = LocalDate.parse(date.getString());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("startDate", "Give the start date as YYYY-MM-DD"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    return new DecisionInput(
        decision,
        amounts,
        start,
        string(body, "reason"),
        string(body, "conditions"),
        string(body, "noAssessmentReason"));
  }

  private static String string(JsonObject body, String field) {
    return body.get(field) instanceof JsonString s ? s.getString() : null;
  }

  private static JsonValue nullable(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }
}
