package org.grantwise.domain.model.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the applicant writes, in the shape of the API ({@code GET/PUT
 * /api/applications/{id}}). Immutable; lists are never null. Whether it is complete is for {@link
 * ApplicationRules} to say, so a half-written draft is a valid value.
 */
public record ApplicationForm(
    String title,
    String summary,
    String needAddressed,
    String areaServed,
    List<String> targetGroups,
    LocalDate startDate,
    Integer durationMonths,
    List<String> priorities,
    String primaryTheme,
    List<String> secondaryThemes,
    List<String> domains,
    String coProductionModel,
    CoProduction coProduction,
    BehaviourChange behaviourChange,
    TheoryOfChange theoryOfChange,
    List<Partner> partners,
    List<BudgetYear> budget,
    Declarations declarations) {

  public ApplicationForm {
    targetGroups = listOf(targetGroups);
    priorities = listOf(priorities);
    secondaryThemes = listOf(secondaryThemes);
    domains = listOf(domains);
    coProduction = coProduction == null ? CoProduction.EMPTY : coProduction;
    behaviourChange = behaviourChange == null ? BehaviourChange.EMPTY : behaviourChange;
    theoryOfChange = theoryOfChange == null ? TheoryOfChange.EMPTY : theoryOfChange;
    partners = listOf(partners);
    budget = listOf(budget);
    declarations = declarations == null ? Declarations.EMPTY : declarations;
  }

  public static ApplicationForm empty() {
    return new ApplicationForm(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list.stream().filter(e -> e != null).toList();
  }

  /** The four co-production elements, and the community's involvement now and aimed for. */
  public record CoProduction(
      String needsAssessment,
      String coDesign,
      String coDelivery,
      String jointEvaluation,
      String currentLevel,
      String targetLevel) {
    static final CoProduction EMPTY = new CoProduction(null, null, null, null, null, null);
  }

  /** COM-B: what builds capability, creates opportunity, strengthens motivation. */
  public record BehaviourChange(
      String capability, String opportunity, String motivation, Focus focus) {
    static final BehaviourChange EMPTY = new BehaviourChange(null, null, null, null);

    public BehaviourChange {
      focus = focus == null ? Focus.EMPTY : focus;
    }
  }

  /** The balance of focus across capability, opportunity and motivation, in percent. */
  public record Focus(Integer capability, Integer opportunity, Integer motivation) {
    static final Focus EMPTY = new Focus(null, null, null);
  }

  /** Contexts → mechanisms → outcomes, as vocabulary codes, and why. */
  public record TheoryOfChange(
      List<String> contexts,
      List<String> mechanisms,
      List<String> shortTermOutcomes,
      List<String> longTermOutcomes,
      String rationale) {
    static final TheoryOfChange EMPTY = new TheoryOfChange(null, null, null, null, null);

    public TheoryOfChange {
      contexts = listOf(contexts);
      mechanisms = listOf(mechanisms);
      shortTermOutcomes = listOf(shortTermOutcomes);
      longTermOutcomes = listOf(longTermOutcomes);
    }
  }

  public record Partner(String name, String role, String contact) {}

  /** One year of the budget: its cost lines and the amount asked of the fund. */
  public record BudgetYear(Integer year, List<BudgetLine> lines, BigDecimal requested) {
    public BudgetYear {
      lines = listOf(lines);
    }

    public BigDecimal total() {
      return lines.stream()
          .map(BudgetLine::amount)
          .filter(a -> a != null)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record BudgetLine(String category, String description, BigDecimal amount) {}

  public record Declarations(Boolean accepted) {
    static final Declarations EMPTY = new Declarations(null);
  }

  /** The whole budget asked of the fund, over all years. */
  public BigDecimal totalRequested() {
    return budget.stream()
        .map(BudgetYear::requested)
        .filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalCost() {
    return budget.stream().map(BudgetYear::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
