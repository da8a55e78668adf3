package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.QueueQuery;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Criterion;
import org.grantwise.domain.model.assessment.ScoreSheet;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;

/**
 * Exports of the officers' queue (CSV, XLSX): every application matching the queue's filters, in
 * its order, with each assessment's scores. Rows come from one database cursor and the scores from
 * one query per batch of rows, so the number of queries does not grow with the rows.
 */
@Stateless
public class QueueExportService {

  static final int BATCH = 500;

  @Inject AccessPolicy access;

  @Inject ApplicationRepository applications;

  @Inject AssessmentRepository assessments;

  @Inject FundingRoundRepository rounds;

  /**
   * Streams the export to {@code sink} inside this transaction. Managers see every assessment; an
   * officer sees the assessments only of applications they are assigned to and have declared no
   * conflict of interest with — the applications they may read.
   */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public void export(QueueQuery query, QueueExport sink) {
    List<Long> roundIds =
        query.roundId() != null
            ? List.of(query.roundId())
            : rounds.findAll().stream().map(FundingRound::getId).toList();
    sink.criteria(
        roundIds.stream()
            .flatMap(round -> assessments.criteria(round).stream())
            .map(Criterion::getCode)
            .distinct()
            .toList());
    String clearedOfficer = access.isManager() ? null : access.caller();
    List<QueueQuery.Row> batch = new ArrayList<>(BATCH);
    try (Stream<QueueQuery.Row> rows = applications.queueRows(query)) {
      rows.forEachOrdered(
          row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
              flush(batch, clearedOfficer, sink);
            }
          });
    }
    flush(batch, clearedOfficer, sink);
  }

  private void flush(List<QueueQuery.Row> batch, String clearedOfficer, QueueExport sink) {
    if (batch.isEmpty()) {
      return;
    }
    Map<Long, List<ScoreSheet>> sheets =
        assessments
            .scoreSheets(batch.stream().map(QueueQuery.Row::id).toList(), clearedOfficer)
            .stream()
            .collect(Collectors.groupingBy(ScoreSheet::applicationId));
    for (QueueQuery.Row row : batch) {
      sink.row(row, sheets.getOrDefault(row.id(), List.of()));
    }
    batch.clear();
  }
}
