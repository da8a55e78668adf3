package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationForm;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.report.Breakdown;
import org.grantwise.domain.model.report.CmoCategory;
import org.grantwise.domain.model.report.CmoCounts;
import org.grantwise.domain.model.report.CmoQuery;
import org.grantwise.domain.model.report.CmoReport;
import org.grantwise.domain.model.report.CmoStatistics;
import org.grantwise.domain.model.report.LadderReport;
import org.grantwise.domain.model.report.ProgrammeDashboard;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.domain.model.vocabulary.Vocabulary;
import org.grantwise.domain.model.vocabulary.VocabularyRepository;
import org.grantwise.domain.model.vocabulary.VocabularyTerm;
import org.grantwise.infrastructure.cache.RecentFigures;

/** The review's statistics over live monitoring data, for the fund's staff. */
@Stateless
public class ReportService {

  @Inject CmoStatistics statistics;

  @Inject ProgrammeDashboard.Queries dashboardQueries;

  @Inject VocabularyRepository vocabularies;

  @Inject FundingRoundRepository rounds;

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject RecentFigures figures;

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
    } else if (query.by() == Breakdown.COM_B_FOCUS) {
      labels.putAll(
          Map.of(
              "CAPABILITY", "Capability",
              "OPPORTUNITY", "Opportunity",
              "MOTIVATION", "Motivation",
              "NOT_GIVEN", "Focus not given"));
      order.putAll(Map.of("CAPABILITY", 1, "OPPORTUNITY", 2, "MOTIVATION", 3, "NOT_GIVEN", 4));
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

  /** Co-production change on the ladder, by the respondents' most recent records. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public LadderReport ladder(CmoQuery filters) {
    List<CmoReport.Term> levels =
        vocabularies.findAllActive().stream()
            .filter(t -> t.getVocabulary() == Vocabulary.CO_PRODUCTION_LEVEL)
            .sorted(Comparator.comparingInt(VocabularyTerm::getSortOrder))
            .map(t -> new CmoReport.Term(t.getCode(), t.getLabel()))
            .toList();
    return LadderReport.of(levels, statistics.ladderTransitions(filters));
  }

  /**
   * The programme at a glance, as read at most {@link #DASHBOARD_FRESH} ago on this node (adding up
   * every application's budget takes seconds): the page says when.
   */
  @RolesAllowed(Role.Names.MANAGER)
  public Recent<ProgrammeDashboard> dashboard() {
    RecentFigures.Read<ProgrammeDashboard> read =
        figures.get(
            "programme-dashboard", DASHBOARD_FRESH, DASHBOARD_USABLE, dashboardQueries::dashboard);
    return new Recent<>(read.value(), read.readAt());
  }

  static final Duration DASHBOARD_FRESH = Duration.ofSeconds(30);
  static final Duration DASHBOARD_USABLE = Duration.ofMinutes(5);

  /** One outcome for one project: whether it aimed for it, and how many respondents report it. */
  public record Aim(
      String category,
      String code,
      String label,
      boolean aimedFor,
      long reporting,
      long n,
      java.math.BigDecimal percent) {}

  /** A funded project's theory of change against what its respondents report. */
  public record ProjectAims(String projectRef, String title, List<Aim> outcomes) {}

  /**
   * Per funded project in the filters: each short- and long-term outcome it aimed for in its
   * application, and each its respondents report, with the percentage reporting it.
   */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<ProjectAims> aimsAgainstOutcomes(CmoQuery filters) {
    Map<String, Map<CmoCategory, CmoReport.Group>> reported = new HashMap<>();
    for (CmoCategory category :
        List.of(CmoCategory.SHORT_TERM_OUTCOMES, CmoCategory.LONG_TERM_OUTCOMES)) {
      CmoReport report =
          cmo(
              new CmoQuery(
                  category,
                  Breakdown.PROJECT,
                  filters.roundId(),
                  filters.from(),
                  filters.to(),
                  filters.projectRefs(),
                  filters.theme(),
                  filters.model()));
      for (CmoReport.Group group : report.groups()) {
        reported.computeIfAbsent(group.key(), k -> new HashMap<>()).put(category, group);
      }
    }
    List<ProjectAims> result = new ArrayList<>();
    for (FundedProject project : assessments.releasedProjects(null)) {
      if (filters.roundId() != null && project.getRoundId() != filters.roundId()) {
        continue;
      }
      if ((!filters.projectRefs().isEmpty()
              && !filters.projectRefs().contains(project.getProjectRef()))
          || (filters.theme() != null && !filters.theme().equals(project.getPrimaryTheme()))
          || (filters.model() != null && !filters.model().equals(project.getCoProductionModel()))) {
        continue;
      }
      ApplicationForm.TheoryOfChange aims =
          applications.find(project.getApplicationId()).orElseThrow().getForm().theoryOfChange();
      List<Aim> outcomes = new ArrayList<>();
      for (CmoCategory category :
          List.of(CmoCategory.SHORT_TERM_OUTCOMES, CmoCategory.LONG_TERM_OUTCOMES)) {
        List<String> aimed =
            category == CmoCategory.SHORT_TERM_OUTCOMES
                ? aims.shortTermOutcomes()
                : aims.longTermOutcomes();
        CmoReport.Group group =
            reported.getOrDefault(project.getProjectRef(), Map.of()).get(category);
        for (VocabularyTerm term : vocabularies.findAllActive()) {
          if (term.getVocabulary() != category.vocabulary()) {
            continue;
          }
          boolean isAimed = aimed != null && aimed.contains(term.getCode());
          CmoReport.Item item =
              group == null
                  ? null
                  : group.items().stream()
                      .filter(i -> i.code().equals(term.getCode()))
                      .findFirst()
                      .orElse(null);
          long count = item == null ? 0 : item.count();
          if (isAimed || count > 0) {
            outcomes.add(
                new Aim(
                    category.name(),
                    term.getCode(),
                    term.getLabel(),
                    isAimed,
                    count,
                    group == null ? 0 : group.n(),
                    CmoReport.percent(count, group == null ? 0 : group.n())));
          }
        }
      }
      result.add(new ProjectAims(project.getProjectRef(), project.getTitle(), outcomes));
    }
    return result;
  }

  /** Response rates below this share of participants reached are flagged. */
  public static final java.math.BigDecimal LOW_RESPONSE_RATE = java.math.BigDecimal.valueOf(30);

  /** A project's coverage: respondents against participants reached, and whether it is low. */
  public record Coverage(
      String projectRef,
      String title,
      long respondents,
      Long participantsReached,
      java.math.BigDecimal responseRate,
      boolean low) {}

  /**
   * Coverage and bias: per project, the respondents with records against the participants its
   * returns reached. The review warns that voluntary answers lean positive, so a low response rate
   * (under 30%) is flagged; a project without a submitted return has no rate.
   */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.MANAGER})
  public List<Coverage> coverage(CmoQuery filters) {
    return statistics.coverage(filters).stream()
        .map(
            c -> {
              java.math.BigDecimal rate =
                  c.participantsReached() == null || c.participantsReached() == 0
                      ? null
                      : CmoReport.percent(c.respondents(), c.participantsReached());
              return new Coverage(
                  c.projectRef(),
                  c.title(),
                  c.respondents(),
                  c.participantsReached(),
                  rate,
                  rate != null && rate.compareTo(LOW_RESPONSE_RATE) < 0);
            })
        .toList();
  }
}
