package org.grantwise.domain.model.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project the fund awarded: what monitoring and reports group by (primary theme, confirmed
 * co-production model), the yearly amounts and when progress reports are due.
 */
@Entity
@Table(name = "funded_project")
public class FundedProject {

  @Embeddable
  public static class YearAmount {
    private int year;
    private BigDecimal amount;

    protected YearAmount() {}

    public YearAmount(int year, BigDecimal amount) {
      this.year = year;
      this.amount = amount;
    }

    public int getYear() {
      return year;
    }

    public BigDecimal getAmount() {
      return amount;
    }
  }

  @Embeddable
  public static class ReportDue {
    @Column(name = "due_on")
    private LocalDate dueOn;

    private String period;

    protected ReportDue() {}

    public ReportDue(LocalDate dueOn, String period) {
      this.dueOn = dueOn;
      this.period = period;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public String getPeriod() {
      return period;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_ref")
  private String projectRef;

  @Column(name = "application_id")
  private long applicationId;

  @Column(name = "organisation_id")
  private long organisationId;

  @Column(name = "round_id")
  private long roundId;

  private String title;

  @Column(name = "primary_theme")
  private String primaryTheme;

  @Column(name = "co_production_model")
  private String coProductionModel;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_amount", joinColumns = @JoinColumn(name = "project_id"))
  @OrderBy("year")
  private List<YearAmount> amounts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_report_due", joinColumns = @JoinColumn(name = "project_id"))
  @OrderBy("dueOn")
  private List<ReportDue> reportsDue = new ArrayList<>();

  protected FundedProject() {}

  public FundedProject(
      String projectRef,
      long applicationId,
      long organisationId,
      long roundId,
      String title,
      String primaryTheme,
      String coProductionModel,
      LocalDate startDate,
      List<YearAmount> amounts,
      Instant at) {
    this.projectRef = projectRef;
    this.applicationId = applicationId;
    this.organisationId = organisationId;
    this.roundId = roundId;
    this.title = title;
    this.primaryTheme = primaryTheme;
    this.coProductionModel = coProductionModel;
    this.startDate = startDate;
    this.amounts = new ArrayList<>(amounts);
    this.createdAt = at;
    // A progress report every six months of each funded year, and a final one.
    for (int year = 1; year <= amounts.size(); year++) {
      reportsDue.add(
          new ReportDue(startDate.plusMonths(12L * year - 6), "Year " + year + " mid-year"));
      reportsDue.add(new ReportDue(startDate.plusMonths(12L * year), "Year " + year + " end"));
    }
  }

  public BigDecimal total() {
    return amounts.stream().map(YearAmount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getId() {
    return id;
  }

  public String getProjectRef() {
    return projectRef;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public long getRoundId() {
    return roundId;
  }

  public String getTitle() {
    return title;
  }

  public String getPrimaryTheme() {
    return primaryTheme;
  }

  public String getCoProductionModel() {
    return coProductionModel;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public List<YearAmount> getAmounts() {
    return List.copyOf(amounts);
  }

  public List<ReportDue> getReportsDue() {
    return List.copyOf(reportsDue);
  }
}
