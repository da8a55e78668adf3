package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.IllegalStatusChangeException;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.monitoring.MonitoringReturn;
import org.grantwise.domain.model.monitoring.ReturnRepository;
import org.grantwise.domain.model.monitoring.ReturnStatus;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.infrastructure.audit.Audited;

/**
 * Monitoring returns, one per reporting period of the award's monitoring plan: the project's
 * organisation drafts and submits; officers accept or query; overdue periods are listed for the
 * fund's staff.
 */
@Stateless
@Audited
public class ReturnService {

  @Inject AccessPolicy access;

  @Inject ReturnRepository returns;

  @Inject MonitoringService monitoring;

  private final Clock clock = Clock.systemUTC();

  /** One reporting period and where its return is. */
  public record Period(
      String period,
      LocalDate from,
      LocalDate dueOn,
      ReturnStatus status,
      boolean overdue,
      long records)
      implements java.io.Serializable {}

  /** The project's periods in order, with each return's status and its outcome records. */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
  public List<Period> periods(String projectRef) {
    FundedProject project = monitoring.project(projectRef);
    Map<LocalDate, MonitoringReturn> byDue =
        returns.ofProject(project.getId()).stream()
            .collect(Collectors.toMap(MonitoringReturn::getDueOn, Function.identity()));
    LocalDate today = LocalDate.now(clock);
    List<Period> periods = new ArrayList<>();
    LocalDate from = project.getStartDate();
    for (FundedProject.ReportDue due : project.getReportsDue()) {
      MonitoringReturn r = byDue.get(due.getDueOn());
      ReturnStatus status = r == null ? ReturnStatus.NOT_STARTED : r.getStatus();
      periods.add(
          new Period(
              due.getPeriod(),
              from,
              due.getDueOn(),
              status,
              status.isOutstanding() && due.getDueOn().isBefore(today),
              returns.recordsCollected(project.getId(), from.minusDays(1), due.getDueOn())));
      from = due.getDueOn().plusDays(1);
    }
    return periods;
  }

  /** The period's return, or a new empty draft (not stored until written). */
  @RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
  public MonitoringReturn get(String projectRef, LocalDate dueOn) {
    FundedProject project = monitoring.project(projectRef);
    period(project, dueOn);
    return returns
        .find(project.getId(), dueOn)
        .orElseGet(
            () -> new MonitoringReturn(project.getId(), dueOn, access.caller(), clock.instant()));
  }

  /**
   * Refuses a caller who may not write the period's return, before anything they sent is looked at:
   * fund staff are refused, and another organisation's project (or a period it does not have) is
   * not found, so an invalid body cannot tell them more than a valid one.
   */
  @RolesAllowed(Role.Names.APPLICANT)
  public void checkWritable(String projectRef, LocalDate dueOn) {
    period(monitoring.project(projectRef), dueOn);
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public MonitoringReturn save(
      String projectRef, LocalDate dueOn, MonitoringReturn.Content content) {
    MonitoringReturn r = stored(projectRef, dueOn);
    List<FieldError> problems = r.write(content, access.caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return r;
  }

  @RolesAllowed(Role.Names.APPLICANT)
  public MonitoringReturn submit(String projectRef, LocalDate dueOn) {
    MonitoringReturn r = stored(projectRef, dueOn);
    List<FieldError> problems = r.submit(access.caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return r;
  }

  @RolesAllowed(Role.Names.OFFICER)
  public MonitoringReturn accept(String projectRef, LocalDate dueOn) {
    MonitoringReturn r = existing(projectRef, dueOn);
    r.accept(access.caller(), clock.instant());
    return r;
  }

  @RolesAllowed(Role.Names.OFFICER)
  public MonitoringReturn query(String projectRef, LocalDate dueOn, String question) {
    MonitoringReturn r = existing(projectRef, dueOn);
    List<FieldError> problems = r.query(question, access.caller(), clock.instant());
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return r;
  }

  /** Periods past their due date without a submitted or accepted return, for the dashboards. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<ReturnRepository.Overdue> overdue() {
    return returns.overdue(LocalDate.now(clock));
  }

  private MonitoringReturn stored(String projectRef, LocalDate dueOn) {
    FundedProject project = monitoring.project(projectRef);
    period(project, dueOn);
    return returns
        .find(project.getId(), dueOn)
        .orElseGet(
            () ->
                returns.store(
                    new MonitoringReturn(
                        project.getId(), dueOn, access.caller(), clock.instant())));
  }

  private MonitoringReturn existing(String projectRef, LocalDate dueOn) {
    FundedProject project = monitoring.project(projectRef);
    period(project, dueOn);
    return returns
        .find(project.getId(), dueOn)
        .orElseThrow(
            () -> new IllegalStatusChangeException("The project has not started this return"));
  }

  private static FundedProject.ReportDue period(FundedProject project, LocalDate dueOn) {
    return project.getReportsDue().stream()
        .filter(d -> d.getDueOn().equals(dueOn))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Project " + project.getProjectRef() + " has no report due on " + dueOn));
  }
}
