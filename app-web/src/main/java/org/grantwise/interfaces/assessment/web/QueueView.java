package org.grantwise.interfaces.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.grantwise.application.AssignmentService;
import org.grantwise.domain.model.application.ApplicationStatus;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.interfaces.shared.Pounds;

/**
 * The officers' queue. Every filter, the sort and the page are request parameters, so a view of the
 * queue can be bookmarked and shared; the database does the filtering, sorting and paging.
 */
@Named
@RequestScoped
public class QueueView {

  private static final int PAGE_SIZE = 25;

  @Inject AssignmentService assignments;

  private String status;
  private String theme;
  private String model;
  private String area;
  private String officer;
  private String search;
  private String min;
  private String max;
  private String sort;
  private boolean desc;
  private int page;

  private QueueQuery.Page result;

  public QueueQuery.Page getResult() {
    if (result == null) {
      result = assignments.queue(query(Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE));
    }
    return result;
  }

  /** The filters and sort of this view as a query for rows {@code first} onwards. */
  QueueQuery query(int first, int size) {
    return new QueueQuery(
        null,
        parseStatus(status),
        blankToNull(theme),
        blankToNull(model),
        blankToNull(area),
        amount(min),
        amount(max),
        blankToNull(officer),
        blankToNull(search),
        parseSort(sort),
        desc,
        first,
        size);
  }

  /** The CSV export of the same view (every matching row, not just this page). */
  public String getCsvUrl() {
    return exportUrl("queue.csv");
  }

  /** The XLSX export of the same view. */
  public String getXlsxUrl() {
    return exportUrl("queue.xlsx");
  }

  private static String exportUrl(String file) {
    return file
        + "?"
        + jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .entrySet()
            .stream()
            .filter(e -> !e.getKey().equals("page"))
            .map(
                e ->
                    e.getKey()
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public QueueQuery.Sort[] getSorts() {
    return QueueQuery.Sort.values();
  }

  public int getPages() {
    return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasNext() {
    return page + 1 < getPages();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ApplicationStatus parseStatus(String value) {
    try {
      return value == null || value.isBlank() ? null : ApplicationStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static QueueQuery.Sort parseSort(String value) {
    try {
      return value == null || value.isBlank() ? null : QueueQuery.Sort.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal amount(String value) {
    try {
      return Pounds.parse(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = min;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public boolean isDesc() {
    return desc;
  }

  public void setDesc(boolean desc) {
    this.desc = desc;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
