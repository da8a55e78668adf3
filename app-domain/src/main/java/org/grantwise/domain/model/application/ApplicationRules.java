package org.grantwise.domain.model.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grantwise.domain.model.application.ApplicationForm.BudgetLine;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.application.ApplicationForm.Partner;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.RoundStatus;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyIndex;

/**
 * The rules of the form, in two tiers. {@link #checkFormat} runs at every save: what is there must
 * be well formed (lengths, known codes, sane numbers), but anything may still be missing. {@link
 * #checkComplete} runs at submit: every section filled in and the round's rules met.
 */
public final class ApplicationRules {

  public static final int SHORT_TEXT = 200;
  public static final int LONG_TEXT = 2000;
  public static final int MAX_LIST = 30;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

  private final VocabularyIndex vocabularies;
  private final List<FieldError> errors = new ArrayList<>();

  private ApplicationRules(VocabularyIndex vocabularies) {
    this.vocabularies = vocabularies;
  }

  /** Problems with what has been written so far; an empty list means it may be saved. */
  public static List<FieldError> checkFormat(ApplicationForm form, VocabularyIndex vocabularies) {
    ApplicationRules rules = new ApplicationRules(vocabularies);
    rules.format(form);
    return List.copyOf(rules.errors);
  }

  /** Problems that stop a submission: format problems plus anything missing or over limits. */
  public static List<FieldError> checkComplete(
      ApplicationForm form, FundingRound round, LocalDate today, VocabularyIndex vocabularies) {
    ApplicationRules rules = new ApplicationRules(vocabularies);
    rules.format(form);
    rules.complete(form, round, today);
    return List.copyOf(rules.errors);
  }

  // --- format --------------------------------------------------------------------------------

  private void format(ApplicationForm f) {
    text("title", f.title(), SHORT_TEXT, "Project title");
    text("summary", f.summary(), LONG_TEXT, "Summary");
    text("needAddressed", f.needAddressed(), LONG_TEXT, "Need addressed");
    text("areaServed", f.areaServed(), SHORT_TEXT, "Area served");
    list("targetGroups", f.targetGroups(), "target groups");
    for (int i = 0; i < f.targetGroups().size(); i++) {
      text("targetGroups[" + (i + 1) + "]", f.targetGroups().get(i), SHORT_TEXT, "Target group");
    }
    if (f.startDate() != null
        && (f.startDate().getYear() < 2000 || f.startDate().getYear() > 2100)) {
      add("startDate", "Enter a real start date, like 1 4 2027");
    }
    if (f.durationMonths() != null && (f.durationMonths() < 1 || f.durationMonths() > 36)) {
      add("durationMonths", "Duration must be between 1 and 36 months");
    }
    codes("priorities", f.priorities(), Vocabulary.PRIORITY, "priority");
    code("primaryTheme", f.primaryTheme(), Vocabulary.THEME, "theme");
    codes("secondaryThemes", f.secondaryThemes(), Vocabulary.THEME, "theme");
    if (f.primaryTheme() != null && f.secondaryThemes().contains(f.primaryTheme())) {
      add("secondaryThemes", "Secondary themes must not repeat the primary theme");
    }
    codes("domains", f.domains(), Vocabulary.DOMAIN, "domain");
    code("coProductionModel", f.coProductionModel(), Vocabulary.CO_PRODUCTION_MODEL, "model");

    var cp = f.coProduction();
    text("coProduction.needsAssessment", cp.needsAssessment(), LONG_TEXT, "Needs assessment");
    text("coProduction.coDesign", cp.coDesign(), LONG_TEXT, "Co-design");
    text("coProduction.coDelivery", cp.coDelivery(), LONG_TEXT, "Co-delivery");
    text("coProduction.jointEvaluation", cp.jointEvaluation(), LONG_TEXT, "Joint evaluation");
    code("coProduction.currentLevel", cp.currentLevel(), Vocabulary.CO_PRODUCTION_LEVEL, "level");
    code("coProduction.targetLevel", cp.targetLevel(), Vocabulary.CO_PRODUCTION_LEVEL, "level");

    var bc = f.behaviourChange();
    text("behaviourChange.capability", bc.capability(), LONG_TEXT, "Capability");
    text("behaviourChange.opportunity", bc.opportunity(), LONG_TEXT, "Opportunity");
    text("behaviourChange.motivation", bc.motivation(), LONG_TEXT, "Motivation");
    percent("behaviourChange.focus.capability", bc.focus().capability(), "capability");
    percent("behaviourChange.focus.opportunity", bc.focus().opportunity(), "opportunity");
    percent("behaviourChange.focus.motivation", bc.focus().motivation(), "motivation");

    var toc = f.theoryOfChange();
    codes("theoryOfChange.contexts", toc.contexts(), Vocabulary.CONTEXT, "context");
    codes("theoryOfChange.mechanisms", toc.mechanisms(), Vocabulary.MECHANISM, "mechanism");
    codes(
        "theoryOfChange.shortTermOutcomes",
        toc.shortTermOutcomes(),
        Vocabulary.SHORT_TERM_OUTCOME,
        "short-term outcome");
    codes(
        "theoryOfChange.longTermOutcomes",
        toc.longTermOutcomes(),
        Vocabulary.LONG_TERM_OUTCOME,
        "long-term outcome");
    text("theoryOfChange.rationale", toc.rationale(), LONG_TEXT, "Rationale");

    list("partners", f.partners(), "partners");
    for (int i = 0; i < f.partners().size(); i++) {
      Partner p = f.partners().get(i);
      String at = "partners[" + (i + 1) + "]";
      text(at + ".name", p.name(), SHORT_TEXT, "Partner name");
      code(at + ".role", p.role(), Vocabulary.PARTNER_ROLE, "partner role");
      text(at + ".contact", p.contact(), SHORT_TEXT, "Partner contact");
    }

    if (f.budget().size() > 3) {
      add("budget", "A budget covers at most 3 years");
    }
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < f.budget().size(); i++) {
      BudgetYear y = f.budget().get(i);
      String at = "budget[" + (i + 1) + "]";
      if (y.year() == null || y.year() < 1 || y.year() > 3) {
        add(at + ".year", "Budget year must be 1, 2 or 3");
      } else if (!years.add(y.year())) {
        add(at + ".year", "Year " + y.year() + " appears twice in the budget");
      }
      amount(at + ".requested", y.requested(), "amount requested");
      list(at + ".lines", y.lines(), "cost lines");
      for (int j = 0; j < y.lines().size(); j++) {
        BudgetLine line = y.lines().get(j);
        String lineAt = at + ".lines[" + (j + 1) + "]";
        code(lineAt + ".category", line.category(), Vocabulary.BUDGET_CATEGORY, "category");
        text(lineAt + ".description", line.description(), SHORT_TEXT, "Cost description");
        amount(lineAt + ".amount", line.amount(), "cost");
      }
    }
  }

  // --- completeness --------------------------------------------------------------------------

  private void complete(ApplicationForm f, FundingRound round, LocalDate today) {
    if (round.statusOn(today) != RoundStatus.OPEN) {
      add("roundId", "This funding round is not open for applications");
    }
    required("title", f.title(), "Enter a project title");
    required("summary", f.summary(), "Enter a summary of the project");
    required("needAddressed", f.needAddressed(), "Describe the need the project addresses");
    required("areaServed", f.areaServed(), "Enter the area the project serves");
    if (f.targetGroups().isEmpty()) {
      add("targetGroups", "Enter at least one target group");
    }
    if (f.startDate() == null) {
      add("startDate", "Enter the project start date");
    }
    if (f.durationMonths() == null) {
      add("durationMonths", "Enter the project duration in months");
    } else if (f.durationMonths() > round.getMaxYears() * 12) {
      add(
          "durationMonths",
          "This round funds projects of up to " + round.getMaxYears() * 12 + " months");
    }
    if (f.priorities().isEmpty()) {
      add("priorities", "Select the PCF priorities the project addresses");
    }
    required("primaryTheme", f.primaryTheme(), "Select the project's primary theme");
    required(
        "coProductionModel",
        f.coProductionModel(),
        "Select the co-production model that best describes the project");

    var cp = f.coProduction();
    required(
        "coProduction.needsAssessment",
        cp.needsAssessment(),
        "Describe how people take part in the needs assessment");
    required("coProduction.coDesign", cp.coDesign(), "Describe how people take part in co-design");
    required(
        "coProduction.coDelivery", cp.coDelivery(), "Describe how people take part in co-delivery");
    required(
        "coProduction.jointEvaluation",
        cp.jointEvaluation(),
        "Describe how people take part in the joint evaluation");
    required(
        "coProduction.currentLevel",
        cp.currentLevel(),
        "Select the current level of community involvement");
    required(
        "coProduction.targetLevel",
        cp.targetLevel(),
        "Select the level of community involvement aimed for");

    var bc = f.behaviourChange();
    required(
        "behaviourChange.capability",
        bc.capability(),
        "Describe the activities that build capability");
    required(
        "behaviourChange.opportunity",
        bc.opportunity(),
        "Describe the activities that create opportunity");
    required(
        "behaviourChange.motivation",
        bc.motivation(),
        "Describe the activities that strengthen motivation");
    var focus = bc.focus();
    if (focus.capability() == null || focus.opportunity() == null || focus.motivation() == null) {
      add(
          "behaviourChange.focus",
          "Enter the balance of focus for capability, opportunity and motivation");
    } else if (focus.capability() + focus.opportunity() + focus.motivation() != 100) {
      add("behaviourChange.focus", "The balance of focus must add up to 100%");
    }

    var toc = f.theoryOfChange();
    if (toc.contexts().isEmpty()) {
      add("theoryOfChange.contexts", "Select at least one context the project will create");
    }
    if (toc.mechanisms().isEmpty()) {
      add(
          "theoryOfChange.mechanisms",
          "Select at least one mechanism the project expects to trigger");
    }
    if (toc.shortTermOutcomes().isEmpty()) {
      add("theoryOfChange.shortTermOutcomes", "Select at least one short-term outcome");
    }
    if (toc.longTermOutcomes().isEmpty()) {
      add("theoryOfChange.longTermOutcomes", "Select at least one long-term outcome");
    }
    required(
        "theoryOfChange.rationale",
        toc.rationale(),
        "Explain why the contexts lead to these outcomes");

    if (f.partners().isEmpty()) {
      add("partners", "Add at least one partner organisation");
    }
    for (int i = 0; i < f.partners().size(); i++) {
      Partner p = f.partners().get(i);
      String at = "partners[" + (i + 1) + "]";
      required(at + ".name", p.name(), "Enter the name of partner " + (i + 1));
      required(at + ".role", p.role(), "Select the role of partner " + (i + 1));
      required(at + ".contact", p.contact(), "Enter a contact for partner " + (i + 1));
    }

    if (f.budget().isEmpty()) {
      add("budget", "Add the budget for at least year 1");
    } else if (f.budget().size() > round.getMaxYears()) {
      add("budget", "This round funds up to " + round.getMaxYears() + " years");
    }
    for (int i = 0; i < f.budget().size(); i++) {
      BudgetYear y = f.budget().get(i);
      String at = "budget[" + (i + 1) + "]";
      int year = y.year() == null ? i + 1 : y.year();
      if (y.lines().isEmpty()) {
        add(at + ".lines", "Add at least one cost line for year " + year);
      }
      for (int j = 0; j < y.lines().size(); j++) {
        BudgetLine line = y.lines().get(j);
        String lineAt = at + ".lines[" + (j + 1) + "]";
        required(
            lineAt + ".category",
            line.category(),
            "Select a category for cost line " + (j + 1) + " of year " + year);
        required(
            lineAt + ".description",
            line.description(),
            "Describe cost line " + (j + 1) + " of year " + year);
        if (line.amount() == null) {
          add(lineAt + ".amount", "Enter the amount of cost line " + (j + 1) + " of year " + year);
        }
      }
      if (y.requested() == null) {
        add(at + ".requested", "Enter the amount requested for year " + year);
      } else if (y.requested().signum() <= 0) {
        add(at + ".requested", "The amount requested for year " + year + " must be more than £0");
      } else if (y.requested().compareTo(round.getMaxPerYear()) > 0) {
        add(
            at + ".requested",
            "The amount requested for year "
                + year
                + " must be £"
                + round.getMaxPerYear().stripTrailingZeros().toPlainString()
                + " or less");
      } else if (y.requested().compareTo(y.total()) > 0) {
        add(
            at + ".requested",
            "The amount requested for year " + year + " must not be more than that year's costs");
      }
    }
    if (!Boolean.TRUE.equals(f.declarations().accepted())) {
      add("declarations.accepted", "Confirm the declarations to submit");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  private void required(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      add(field, message);
    }
  }

  private void text(String field, String value, int max, String label) {
    if (value != null && value.length() > max) {
      add(field, label + " must be " + max + " characters or fewer");
    }
  }

  private void list(String field, List<?> values, String label) {
    if (values.size() > MAX_LIST) {
      add(field, "Enter no more than " + MAX_LIST + " " + label);
    }
  }

  private void code(String field, String value, Vocabulary vocabulary, String label) {
    if (value != null && !vocabularies.has(vocabulary, value)) {
      add(field, "Select a " + label + " from the list");
    }
  }

  private void codes(String field, List<String> values, Vocabulary vocabulary, String label) {
    for (String value : values) {
      if (!vocabularies.has(vocabulary, value)) {
        add(field, "Select each " + label + " from the list");
        return;
      }
    }
    if (new HashSet<>(values).size() != values.size()) {
      add(field, "Select each " + label + " only once");
    }
  }

  private void percent(String field, Integer value, String label) {
    if (value != null && (value < 0 || value > 100)) {
      add(field, "The focus on " + label + " must be between 0 and 100%");
    }
  }

  private void amount(String field, BigDecimal value, String label) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      add(field, "The " + label + " must be £0 or more");
    } else if (value.compareTo(MAX_AMOUNT) >= 0) {
      add(field, "The " + label + " must be less than £10,000,000");
    } else if (value.stripTrailingZeros().scale() > 2) {
      add(field, "The " + label + " must be in pounds and pence, like 1250.50");
    }
  }
}
