package org.grantwise.interfaces.applications.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.application.AccountService;
import org.grantwise.application.ApplicationService;
import org.grantwise.application.RoundService;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.organisation.OrganisationType;
import org.grantwise.domain.model.round.Eligibility;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;
import org.grantwise.interfaces.shared.Pounds;

/** The eligibility check before an application is started. */
@Named
@ViewScoped
public class EligibilityView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject RoundService rounds;
  @Inject ApplicationService applications;
  @Inject AccountService accounts;

  private Long roundId;
  private String roundName;
  private OrganisationType organisationType;
  private String basedInScotland;
  private String amountPerYear;
  private String years;
  private List<String> priorities = new ArrayList<>();
  private List<String> reasons = List.of();
  private List<FieldError> errors = List.of();
  private boolean checked;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    FundingRound round =
        rounds.allRounds().stream()
            .filter(r -> roundId != null && r.getId().equals(roundId))
            .findFirst()
            .orElse(null);
    if (round == null) {
      faces.getExternalContext().responseSendError(404, "No such round");
      faces.responseComplete();
      return;
    }
    roundName = round.getName();
    organisationType = accounts.currentOrganisationType().orElse(null);
  }

  public void check() {
    List<FieldError> typed = new ArrayList<>();
    BigDecimal amount = null;
    Integer numberOfYears = null;
    try {
      amount = Pounds.parse(amountPerYear);
    } catch (NumberFormatException e) {
      typed.add(new FieldError("amountPerYear", "Enter the amount in pounds, like 25000"));
    }
    try {
      if (years != null && !years.isBlank()) {
        numberOfYears = Integer.valueOf(years.trim());
      }
    } catch (NumberFormatException e) {
      typed.add(new FieldError("years", "Enter the number of years as a whole number, like 2"));
    }
    errors = typed;
    if (!typed.isEmpty()) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    FundingRound round =
        rounds.allRounds().stream()
            .filter(r -> r.getId().equals(roundId))
            .findFirst()
            .orElseThrow();
    reasons =
        new Eligibility(
                organisationType,
                basedInScotland == null ? null : Boolean.valueOf(basedInScotland),
                amount,
                numberOfYears,
                priorities)
            .reasonsAgainst(round);
    checked = true;
  }

  public String start() {
    try {
      GrantApplication created = applications.start(roundId, null);
      return "/applicant/application?faces-redirect=true&id=" + created.getId();
    } catch (ValidationFailedException e) {
      errors = e.errors();
      return null;
    }
  }

  public String getOrganisationTypeLabel() {
    if (organisationType == null) {
      return "not given";
    }
    return FacesContext.getCurrentInstance()
        .getApplication()
        .getResourceBundle(FacesContext.getCurrentInstance(), "msg")
        .getString("OrganisationType." + organisationType.name());
  }

  @Override
  public String anchor(String field) {
    return field;
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getRoundName() {
    return roundName;
  }

  public String getBasedInScotland() {
    return basedInScotland;
  }

  public void setBasedInScotland(String basedInScotland) {
    this.basedInScotland = basedInScotland;
  }

  public String getAmountPerYear() {
    return amountPerYear;
  }

  public void setAmountPerYear(String amountPerYear) {
    this.amountPerYear = amountPerYear;
  }

  public String getYears() {
    return years;
  }

  public void setYears(String years) {
    this.years = years;
  }

  public List<String> getPriorities() {
    return priorities;
  }

  public void setPriorities(List<String> priorities) {
    this.priorities = priorities;
  }

  public List<String> getReasons() {
    return reasons;
  }

  public boolean isChecked() {
    return checked;
  }
}
