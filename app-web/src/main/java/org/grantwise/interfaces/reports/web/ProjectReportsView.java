package org.grantwise.interfaces.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.grantwise.application.ReportService;
import org.grantwise.domain.model.report.CmoQuery;
import org.grantwise.domain.model.report.LadderReport;
import org.grantwise.interfaces.reports.CmoParameters;

/**
 * Per-project reports for managers: coverage and bias, co-production change on the ladder, and each
 * project's aims against what its respondents report. The round filter is a GET parameter.
 */
@Named
@RequestScoped
public class ProjectReportsView {

  @Inject ReportService reports;

  private String roundId;
  private String problem;
  private List<ReportService.Coverage> coverage = List.of();
  private LadderReport ladder;
  private List<ReportService.ProjectAims> aims = List.of();

  public void load() {
    try {
      CmoQuery filters = CmoParameters.parseFilters(roundId, null, null, List.of(), null, null);
      coverage = reports.coverage(filters);
      ladder = reports.ladder(filters);
      aims = reports.aimsAgainstOutcomes(filters);
    } catch (CmoParameters.BadParameterException e) {
      problem = e.getMessage();
    }
  }

  public String getRoundId() {
    return roundId;
  }

  public void setRoundId(String roundId) {
    this.roundId = roundId;
  }

  public String getProblem() {
    return problem;
  }

  public List<ReportService.Coverage> getCoverage() {
    return coverage;
  }

  public LadderReport getLadder() {
    return ladder;
  }

  public List<ReportService.ProjectAims> getAims() {
    return aims;
  }
}
