package org.grantwise.domain.model.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.shared.FieldError;

/**
 * What an award may be. Its years are years of the application's budget, within the round's
 * maximum, running on from year 1; each year's amount is more than £0, in pounds and pence, at most
 * the round's yearly maximum and at most what the applicant asked for that year; the project starts
 * within 12 months either side of the decision date. It needs a completed assessment, or a recorded
 * reason to award without one. The manager's page shows the same limits beside each field.
 */
public final class AwardRules {

  /** How far from the decision date, either way, a project may start. */
  public static final int START_WINDOW_MONTHS = 12;

  /** The longest text a decision keeps in a field (the columns are VARCHAR(4000)). */
  public static final int LONGEST_TEXT = 4000;

  private AwardRules() {}

  /** One year of an award as given; either part may be missing. */
  public record AwardedYear(Integer year, BigDecimal amount) {}

  /** What the manager asks to award. */
  public record Terms(
      List<AwardedYear> amounts,
      LocalDate startDate,
      String reason,
      String conditions,
      String noAssessmentReason) {

    public Terms {
      amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }
  }

  /**
   * The limits of an award for one application on one decision date.
   *
   * @param requested what the applicant asked for each year of the budget, by year
   */
  public record Limits(
      Map<Integer, BigDecimal> requested,
      int maxYears,
      BigDecimal maxPerYear,
      LocalDate earliestStart,
      LocalDate latestStart)
      implements Serializable {

    public Limits {
      requested = Collections.unmodifiableMap(new TreeMap<>(requested));
    }

    /** What was asked for the year, if the year is in the budget and within the round. */
    public Optional<BigDecimal> requestedFor(int year) {
      return year > maxYears ? Optional.empty() : Optional.ofNullable(requested.get(year));
    }

    /** The years an award may cover, in order. */
    public List<Integer> years() {
      return requested.keySet().stream().filter(y -> y >= 1 && y <= maxYears).toList();
    }
  }

  public static Limits limits(ApplicationForm form, FundingRound round, LocalDate decisionDate) {
    Map<Integer, BigDecimal> requested = new TreeMap<>();
    for (ApplicationForm.BudgetYear year : form.budget()) {
      if (year.year() != null && year.requested() != null) {
        requested.putIfAbsent(year.year(), year.requested());
      }
    }
    return new Limits(
        requested,
        round.getMaxYears(),
        round.getMaxPerYear(),
        decisionDate.minusMonths(START_WINDOW_MONTHS),
        decisionDate.plusMonths(START_WINDOW_MONTHS));
  }

  /**
   * Every problem with an award, each naming its field as the API does ({@code
   * awardedAmounts[2].year}, counted from 1 in the order given); empty when it may be made.
   *
   * @param assessed whether the application has a completed assessment
   */
  public static List<FieldError> check(Limits limits, boolean assessed, Terms terms) {
    List<FieldError> problems = new ArrayList<>();
    checkAmounts(limits, terms.amounts(), problems);
    if (terms.startDate() == null) {
      problems.add(new FieldError("startDate", "Give the project's start date"));
    } else if (terms.startDate().isBefore(limits.earliestStart())
        || terms.startDate().isAfter(limits.latestStart())) {
      problems.add(
          new FieldError(
              "startDate",
              "The start date must be within "
                  + START_WINDOW_MONTHS
                  + " months of the decision date: from "
                  + limits.earliestStart()
                  + " to "
                  + limits.latestStart()));
    }
    boolean reasonGiven =
        terms.noAssessmentReason() != null && !terms.noAssessmentReason().isBlank();
    if (!assessed && !reasonGiven) {
      problems.add(
          new FieldError(
              "noAssessmentReason",
              "An award needs a completed assessment: wait for the officer to complete it, or give"
                  + " the reason to award without one"));
    } else if (assessed && reasonGiven) {
      problems.add(
          new FieldError(
              "noAssessmentReason",
              "This application has a completed assessment: leave the reason to award without one"
                  + " empty"));
    }
    checkLength("reason", terms.reason(), problems);
    checkLength("conditions", terms.conditions(), problems);
    checkLength("noAssessmentReason", terms.noAssessmentReason(), problems);
    return problems;
  }

  private static void checkAmounts(Limits limits, List<AwardedYear> given, List<FieldError> out) {
    if (given.isEmpty()) {
      out.add(new FieldError("awardedAmounts", "Give the amount awarded for each year"));
      return;
    }
    if (given.size() > limits.maxYears()) {
      out.add(
          new FieldError(
              "awardedAmounts", "This round funds up to " + limits.maxYears() + " years"));
    }
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      AwardedYear y = given.get(i);
      String at = "awardedAmounts[" + (i + 1) + "]";
      Optional<BigDecimal> requested = Optional.empty();
      if (y.year() == null || y.year() < 1) {
        out.add(new FieldError(at + ".year", "Give the year as a whole number, from 1"));
      } else if (!years.add(y.year())) {
        out.add(new FieldError(at + ".year", "Give year " + y.year() + " once"));
      } else if (y.year() > limits.maxYears()) {
        out.add(
            new FieldError(
                at + ".year",
                "This round funds up to "
                    + limits.maxYears()
                    + " years: there is no year "
                    + y.year()));
      } else if ((requested = limits.requestedFor(y.year())).isEmpty()) {
        out.add(
            new FieldError(
                at + ".year",
                "There is no year "
                    + y.year()
                    + " in the application's budget: it asks for "
                    + describe(limits.years())));
      }
      if (y.amount() == null || y.amount().signum() <= 0) {
        out.add(new FieldError(at + ".amount", "The amount for each year must be more than £0"));
        continue;
      }
      if (y.amount().stripTrailingZeros().scale() > 2) {
        out.add(new FieldError(at + ".amount", "Give the amount in pounds and pence"));
      }
      if (y.amount().compareTo(limits.maxPerYear()) > 0) {
        out.add(
            new FieldError(
                at + ".amount",
                "The amount for a year must be at most £" + plain(limits.maxPerYear())));
      }
      if (requested.isPresent() && y.amount().compareTo(requested.get()) > 0) {
        out.add(
            new FieldError(
                at + ".amount",
                "The award for year "
                    + y.year()
                    + " must be at most the £"
                    + plain(requested.get())
                    + " requested for that year"));
      }
    }
    // Reports fall due by year of the project from its start, so the years run on from year 1.
    List<Integer> missing = new ArrayList<>();
    int last =
        years.stream()
            .filter(y -> limits.requestedFor(y).isPresent())
            .max(Integer::compare)
            .orElse(0);
    for (int year = 1; year < last; year++) {
      if (!years.contains(year)) {
        missing.add(year);
      }
    }
    if (!missing.isEmpty()) {
      out.add(
          new FieldError(
              "awardedAmounts",
              "The years of an award run on from year 1: give an amount for "
                  + missing.stream().map(y -> "year " + y).collect(Collectors.joining(" and "))
                  + " too"));
    }
  }

  private static void checkLength(String field, String value, List<FieldError> out) {
    if (value != null && value.length() > LONGEST_TEXT) {
      out.add(new FieldError(field, "Keep it to " + LONGEST_TEXT + " characters or fewer"));
    }
  }

  private static String describe(List<Integer> years) {
    if (years.isEmpty()) {
      return "no money";
    }
    if (years.size() == 1) {
      return "year " + years.get(0) + " only";
    }
    return "years "
        + years.subList(0, years.size() - 1).stream()
            .map(String::valueOf)
            .collect(Collectors.joining(", "))
        + " and "
        + years.get(years.size() - 1);
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
