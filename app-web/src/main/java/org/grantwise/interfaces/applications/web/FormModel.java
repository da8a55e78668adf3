package org.grantwise.interfaces.applications.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.ApplicationForm.BehaviourChange;
import org.grantwise.domain.model.application.ApplicationForm.BudgetLine;
import org.grantwise.domain.model.application.ApplicationForm.BudgetYear;
import org.grantwise.domain.model.application.ApplicationForm.CoProduction;
import org.grantwise.domain.model.application.ApplicationForm.Declarations;
import org.grantwise.domain.model.application.ApplicationForm.Focus;
import org.grantwise.domain.model.application.ApplicationForm.Partner;
import org.grantwise.domain.model.application.ApplicationForm.TheoryOfChange;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.Pounds;

/**
 * The application form as the pages edit it: plain mutable properties for Faces to bind, converted
 * to and from the immutable domain form. Holds no rules: those stay in the domain.
 */
public class FormModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String needAddressed;
  private String areaServed;
  private String targetGroups;
  private String startDate;
  private String durationMonths;
  private List<String> priorities = new ArrayList<>();
  private String primaryTheme;
  private List<String> secondaryThemes = new ArrayList<>();
  private List<String> domains = new ArrayList<>();
  private String coProductionModel;
  private String needsAssessment;
  private String coDesign;
  private String coDelivery;
  private String jointEvaluation;
  private String currentLevel;
  private String targetLevel;
  private String capability;
  private String opportunity;
  private String motivation;
  private String focusCapability;
  private String focusOpportunity;
  private String focusMotivation;
  private List<String> contexts = new ArrayList<>();
  private List<String> mechanisms = new ArrayList<>();
  private List<String> shortTermOutcomes = new ArrayList<>();
  private List<String> longTermOutcomes = new ArrayList<>();
  private String rationale;
  private List<PartnerRow> partners = new ArrayList<>();
  private List<YearRow> budget = new ArrayList<>();
  private boolean declarationsAccepted;

  public static FormModel of(ApplicationForm f) {
    FormModel m = new FormModel();
    m.title = f.title();
    m.summary = f.summary();
    m.needAddressed = f.needAddressed();
    m.areaServed = f.areaServed();
    m.targetGroups = String.join("\n", f.targetGroups());
    m.startDate = f.startDate() == null ? null : f.startDate().format(DATE);
    m.durationMonths = text(f.durationMonths());
    m.priorities = new ArrayList<>(f.priorities());
    m.primaryTheme = f.primaryTheme();
    m.secondaryThemes = new ArrayList<>(f.secondaryThemes());
    m.domains = new ArrayList<>(f.domains());
    m.coProductionModel = f.coProductionModel();
    m.needsAssessment = f.coProduction().needsAssessment();
    m.coDesign = f.coProduction().coDesign();
    m.coDelivery = f.coProduction().coDelivery();
    m.jointEvaluation = f.coProduction().jointEvaluation();
    m.currentLevel = f.coProduction().currentLevel();
    m.targetLevel = f.coProduction().targetLevel();
    m.capability = f.behaviourChange().capability();
    m.opportunity = f.behaviourChange().opportunity();
    m.motivation = f.behaviourChange().motivation();
    m.focusCapability = text(f.behaviourChange().focus().capability());
    m.focusOpportunity = text(f.behaviourChange().focus().opportunity());
    m.focusMotivation = text(f.behaviourChange().focus().motivation());
    m.contexts = new ArrayList<>(f.theoryOfChange().contexts());
    m.mechanisms = new ArrayList<>(f.theoryOfChange().mechanisms());
    m.shortTermOutcomes = new ArrayList<>(f.theoryOfChange().shortTermOutcomes());
    m.longTermOutcomes = new ArrayList<>(f.theoryOfChange().longTermOutcomes());
    m.rationale = f.theoryOfChange().rationale();
    for (Partner p : f.partners()) {
      m.partners.add(new PartnerRow(p.name(), p.role(), p.contact()));
    }
    for (BudgetYear y : f.budget()) {
      YearRow row = new YearRow(y.year() == null ? m.budget.size() + 1 : y.year());
      row.requested = money(y.requested());
      for (BudgetLine l : y.lines()) {
        row.lines.add(new LineRow(l.category(), l.description(), money(l.amount())));
      }
      m.budget.add(row);
    }
    m.declarationsAccepted = Boolean.TRUE.equals(f.declarations().accepted());
    return m;
  }

  /** The domain form; text that is not a date, number or amount is reported, not guessed. */
  public ApplicationForm toForm(List<FieldError> errors) {
    List<String> groups =
        targetGroups == null
            ? List.of()
            : Arrays.stream(targetGroups.split("\\R"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    return new ApplicationForm(
        title,
        summary,
        needAddressed,
        areaServed,
        groups,
        date("startDate", startDate, errors),
        number("durationMonths", durationMonths, "Duration", errors),
        priorities,
        primaryTheme,
        secondaryThemes,
        domains,
        coProductionModel,
        new CoProduction(
            needsAssessment, coDesign, coDelivery, jointEvaluation, currentLevel, targetLevel),
        new BehaviourChange(
            capability,
            opportunity,
            motivation,
            new Focus(
                number(
                    "behaviourChange.focus.capability",
                    focusCapability,
                    "Focus on capability",
                    errors),
                number(
                    "behaviourChange.focus.opportunity",
                    focusOpportunity,
                    "Focus on opportunity",
                    errors),
                number(
                    "behaviourChange.focus.motivation",
                    focusMotivation,
                    "Focus on motivation",
                    errors))),
        new TheoryOfChange(contexts, mechanisms, shortTermOutcomes, longTermOutcomes, rationale),
        partners.stream().map(p -> new Partner(p.name, p.role, p.contact)).toList(),
        budgetYears(errors),
        new Declarations(declarationsAccepted ? Boolean.TRUE : null));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNeedAddressed() {
    return needAddressed;
  }

  public void setNeedAddressed(String needAddressed) {
    this.needAddressed = needAddressed;
  }

  public String getAreaServed() {
    return areaServed;
  }

  public void setAreaServed(String areaServed) {
    this.areaServed = areaServed;
  }

  public String getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(String targetGroups) {
    this.targetGroups = targetGroups;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(String durationMonths) {
    this.durationMonths = durationMonths;
  }

  public List<String> getPriorities() {
    return priorities;
  }

  public void setPriorities(List<String> priorities) {
    this.priorities = priorities;
  }

  public String getPrimaryTheme() {
    return primaryTheme;
  }

  public void setPrimaryTheme(String primaryTheme) {
    this.primaryTheme = primaryTheme;
  }

  public List<String> getSecondaryThemes() {
    return secondaryThemes;
  }

  public void setSecondaryThemes(List<String> secondaryThemes) {
    this.secondaryThemes = secondaryThemes;
  }

  public List<String> getDomains() {
    return domains;
  }

  public void setDomains(List<String> domains) {
    this.domains = domains;
  }

  public String getCoProductionModel() {
    return coProductionModel;
  }

  public void setCoProductionModel(String coProductionModel) {
    this.coProductionModel = coProductionModel;
  }

  public String getNeedsAssessment() {
    return needsAssessment;
  }

  public void setNeedsAssessment(String needsAssessment) {
    this.needsAssessment = needsAssessment;
  }

  public String getCoDesign() {
    return coDesign;
  }

  public void setCoDesign(String coDesign) {
    this.coDesign = coDesign;
  }

  public String getCoDelivery() {
    return coDelivery;
  }

  public void setCoDelivery(String coDelivery) {
    this.coDelivery = coDelivery;
  }

  public String getJointEvaluation() {
    return jointEvaluation;
  }

  public void setJointEvaluation(String jointEvaluation) {
    this.jointEvaluation = jointEvaluation;
  }

  public String getCurrentLevel() {
    return currentLevel;
  }

  public void setCurrentLevel(String currentLevel) {
    this.currentLevel = currentLevel;
  }

  public String getTargetLevel() {
    return targetLevel;
  }

  public void setTargetLevel(String targetLevel) {
    this.targetLevel = targetLevel;
  }

  public String getCapability() {
    return capability;
  }

  public void setCapability(String capability) {
    this.capability = capability;
  }

  public String getOpportunity() {
    return opportunity;
  }

  public void setOpportunity(String opportunity) {
    this.opportunity = opportunity;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public String getFocusCapability() {
    return focusCapability;
  }

  public void setFocusCapability(String focusCapability) {
    this.focusCapability = focusCapability;
  }

  public String getFocusOpportunity() {
    return focusOpportunity;
  }

  public void setFocusOpportunity(String focusOpportunity) {
    this.focusOpportunity = focusOpportunity;
  }

  public String getFocusMotivation() {
    return focusMotivation;
  }

  public void setFocusMotivation(String focusMotivation) {
    this.focusMotivation = focusMotivation;
  }

  public List<String> getContexts() {
    return contexts;
  }

  public void setContexts(List<String> contexts) {
    this.contexts = contexts;
  }

  public List<String> getMechanisms() {
    return mechanisms;
  }

  public void setMechanisms(List<String> mechanisms) {
    this.mechanisms = mechanisms;
  }

  public List<String> getShortTermOutcomes() {
    return shortTermOutcomes;
  }

  public void setShortTermOutcomes(List<String> shortTermOutcomes) {
    this.shortTermOutcomes = shortTermOutcomes;
  }

  public List<String> getLongTermOutcomes() {
    return longTermOutcomes;
  }

  public void setLongTermOutcomes(List<String> longTermOutcomes) {
    this.longTermOutcomes = longTermOutcomes;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public List<PartnerRow> getPartners() {
    return partners;
  }

  public void setPartners(List<PartnerRow> partners) {
    this.partners = partners;
  }

  public List<YearRow> getBudget() {
    return budget;
  }

  public void setBudget(List<YearRow> budget) {
    this.budget = budget;
  }

  public boolean isDeclarationsAccepted() {
    return declarationsAccepted;
  }

  public void setDeclarationsAccepted(boolean declarationsAccepted) {
    this.declarationsAccepted = declarationsAccepted;
  }

  private List<BudgetYear> budgetYears(List<FieldError> errors) {
    List<BudgetYear> years = new ArrayList<>();
    for (int i = 0; i < budget.size(); i++) {
      YearRow y = budget.get(i);
      String at = "budget[" + (i + 1) + "]";
      List<BudgetLine> lines = new ArrayList<>();
      for (int j = 0; j < y.lines.size(); j++) {
        LineRow l = y.lines.get(j);
        lines.add(
            new BudgetLine(
                l.category,
                l.description,
                amount(at + ".lines[" + (j + 1) + "].amount", l.amount, "cost", errors)));
      }
      years.add(
          new BudgetYear(
              y.year, lines, amount(at + ".requested", y.requested, "amount requested", errors)));
    }
    return years;
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private static String text(Integer value) {
    return value == null ? null : value.toString();
  }

  private static String money(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return v.matches("\\d{4}-\\d{2}-\\d{2}")
          ? LocalDate.parse(v)
          : LocalDate.parse(v.replace('-', '/').replace('.', '/'), DATE);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Enter the start date as day/month/year, like 1/4/2027"));
      return null;
    }
  }

  private static Integer number(String field, String value, String label, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim().replace("%", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, label + " must be a whole number, like 12"));
      return null;
    }
  }

  private static BigDecimal amount(
      String field, String value, String label, List<FieldError> errors) {
    try {
      return Pounds.parse(value);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Enter the " + label + " in pounds, like 1250 or 1250.50"));
      return null;
    }
  }

  /** A partner as a row of the partners table. */
  public static class PartnerRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public String name;
    public String role;
    public String contact;

    public PartnerRow() {}

    PartnerRow(String name, String role, String contact) {
      this.name = name;
      this.role = role;
      this.contact = contact;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }
  }

  /** A year of the budget with its cost lines. */
  public static class YearRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public int year;
    public String requested;
    public List<LineRow> lines = new ArrayList<>();

    public YearRow() {}

    YearRow(int year) {
      this.year = year;
    }

    public int getYear() {
      return year;
    }

    public String getRequested() {
      return requested;
    }

    public void setRequested(String requested) {
      this.requested = requested;
    }

    public List<LineRow> getLines() {
      return lines;
    }

    public BigDecimal getTotal() {
      BigDecimal total = BigDecimal.ZERO;
      for (LineRow line : lines) {
        try {
          BigDecimal amount = Pounds.parse(line.amount);
          if (amount != null) {
            total = total.add(amount);
          }
        } catch (NumberFormatException notAnAmount) {
          // an empty or mistyped amount counts as nothing until it is corrected
        }
      }
      return total;
    }
  }

  /** One cost line. */
  public static class LineRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public String category;
    public String description;
    public String amount;

    public LineRow() {}

    LineRow(String category, String description, String amount) {
      this.category = category;
      this.description = description;
      this.amount = amount;
    }

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }
  }
}
