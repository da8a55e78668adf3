package org.grantwise.interfaces.monitoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwise.application.MonitoringService;
import org.grantwise.application.NotFoundException;
import org.grantwise.application.ValidationFailedException;
import org.grantwise.domain.model.monitoring.OutcomeRecord;
import org.grantwise.domain.model.monitoring.OutcomeRecordRules;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.shared.FieldErrors;

/**
 * Anchor staff adding one outcome record: each section is asked or not asked (null), and when
 * asked, the ticked answers or none ([]). The rules are the service's.
 */
@Named
@ViewScoped
public class RecordFormView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject MonitoringService monitoring;

  /** One multi-select section of the form. */
  public static class Section implements Serializable {
    private static final long serialVersionUID = 1L;
    private String asked = "yes";
    private List<String> codes = new ArrayList<>();

    public String getAsked() {
      return asked;
    }

    public void setAsked(String asked) {
      this.asked = asked;
    }

    public List<String> getCodes() {
      return codes;
    }

    public void setCodes(List<String> codes) {
      this.codes = codes;
    }

    List<String> answer() {
      return "no".equals(asked) ? null : List.copyOf(codes == null ? List.of() : codes);
    }
  }

  private String ref;
  private String title;
  private String respondentRef;
  private String participantType;
  private String wave;
  private String day;
  private String month;
  private String year;
  private boolean consent;
  private String coProductionBefore;
  private String coProductionNow;
  private Map<String, Section> sections = newSections();
  private List<FieldError> errors = List.of();

  private static Map<String, Section> newSections() {
    Map<String, Section> sections = new LinkedHashMap<>();
    OutcomeRecordRules.SECTIONS.keySet().forEach(f -> sections.put(f, new Section()));
    return sections;
  }

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      title = monitoring.project(ref).getTitle();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "No such project");
      faces.responseComplete();
    }
  }

  public String save() {
    return store(false);
  }

  public String saveAndAddAnother() {
    return store(true);
  }

  private String store(boolean another) {
    List<FieldError> problems = new ArrayList<>();
    LocalDate collectedOn = date(problems);
    OutcomeRecord record =
        new OutcomeRecord(
            null,
            blankToNull(respondentRef),
            participantType,
            wave,
            collectedOn,
            consent,
            sections.get("contexts").answer(),
            sections.get("mechanisms").answer(),
            sections.get("shortTermOutcomes").answer(),
            sections.get("longTermOutcomes").answer(),
            sections.get("selfIdentifiedOutcomes").answer(),
            blankToNull(coProductionBefore),
            blankToNull(coProductionNow));
    try {
      if (!problems.isEmpty()) {
        throw new ValidationFailedException(problems);
      }
      var saved = monitoring.saveOne(ref, record);
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              (saved.updated() > 0
                      ? "The record replaced the earlier one for "
                      : "Record saved for ")
                  + record.respondentRef()
                  + ".",
              null));
      return another
          ? "/projects/record?faces-redirect=true&ref=" + ref
          : "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (ValidationFailedException e) {
      List<FieldError> all = new ArrayList<>(problems);
      e.errors().stream()
          .filter(x -> all.stream().noneMatch(p -> p.field().equals(x.field())))
          .forEach(all::add);
      errors = all;
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  private LocalDate date(List<FieldError> problems) {
    if (isBlank(day) && isBlank(month) && isBlank(year)) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      problems.add(
          new FieldError(
              "collectedOn", "The date of collection must be a real date, such as 14 5 2026"));
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  @Override
  public String anchor(String field) {
    return switch (field) {
      case "participantType", "wave", "coProductionBefore", "coProductionNow" -> field + ":0";
      case "collectedOn" -> "collectedOn-day";
      default -> OutcomeRecordRules.SECTIONS.containsKey(field) ? field + "-asked:0" : field;
    };
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  public Map<String, Section> getSections() {
    return sections;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getTitle() {
    return title;
  }

  public String getRespondentRef() {
    return respondentRef;
  }

  public void setRespondentRef(String respondentRef) {
    this.respondentRef = respondentRef;
  }

  public String getParticipantType() {
    return participantType;
  }

  public void setParticipantType(String participantType) {
    this.participantType = participantType;
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getCoProductionBefore() {
    return coProductionBefore;
  }

  public void setCoProductionBefore(String coProductionBefore) {
    this.coProductionBefore = coProductionBefore;
  }

  public String getCoProductionNow() {
    return coProductionNow;
  }

  public void setCoProductionNow(String coProductionNow) {
    this.coProductionNow = coProductionNow;
  }
}
