package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCounts;
import org.grantwise.domain.model.report.CmoQuery;
import org.grantwise.domain.model.report.CmoReport;
import org.grantwise.domain.model.report.CmoStatistics;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;

/** The review's statistics over live monitoring data, for the fund's staff. */
@Stateless
public class ReportService {

  @Inject CmoStatistics statistics;

  @Inject VocabularyRepository vocabularies;

  @Inject FundingRoundRepository rounds;

  @Inject AssessmentRepository assessments;

  /**
   * The percentage of respondents experiencing each item of the category, per group, with N. Groups
   * named by a vocabulary come in its display order; others by key.
   */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public CmoReport cmo(CmoQuery query) {
    List<VocabularyTerm> terms = vocabularies.findAllActive();
    List<CmoReport.Term> items =
        terms.stream()
            .filter(t -> t.getVocabulary() == query.category().vocabulary())
            .map(t -> new CmoReport.Term(t.getCode(), t.getLabel()))
            .toList();
    Map<String, String> labels = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    query
        .by()
        .vocabulary()
        .ifPresent(
            v ->
                terms.stream()
                    .filter(t -> t.getVocabulary() == v)
                    .forEach(
                        t -> {
                          labels.put(t.getCode(), t.getLabel());
                          order.put(t.getCode(), t.getSortOrder());
                        }));
    List<CmoCounts> counted = statistics.count(query);
    if (query.by() == Breakdown.ROUND) {
      for (CmoCounts c : counted) {
        rounds
            .find(Long.parseLong(c.key()))
            .map(FundingRound::getName)
            .ifPresent(name -> labels.put(c.key(), name));
      }
    } else if (query.by() == Breakdown.PROJECT) {
      for (CmoCounts c : counted) {
        assessments
            .project(c.key())
            .map(FundedProject::getTitle)
            .ifPresent(title -> labels.put(c.key(), c.key() + " " + title));
      }
    } else if (query.by() == Breakdown.ALL) {
      labels.put("ALL", "All respondents");
    }
    List<CmoCounts> sorted =
        counted.stream()
            .sorted(
                Comparator.comparing(
                        (CmoCounts c) -> order.getOrDefault(c.key(), Integer.MAX_VALUE))
                    .thenComparing(CmoCounts::key))
            .toList();
    return CmoReport.of(
        query.category(), query.by(), items, sorted, key -> labels.getOrDefault(key, key));
  }
}
