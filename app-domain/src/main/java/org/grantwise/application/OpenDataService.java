package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;
import org.grantwise.domain.model.assessment.AssessmentRepository;
import org.grantwise.domain.model.assessment.Decision;
import org.grantwise.domain.model.assessment.FundedProject;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationRepository;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;

/**
 * Awarded grants for publication in the 360Giving Data Standard: only awards whose decision has
 * been released. The funder's identifier prefix, org-id and name are settings.
 */
@Stateless
public class OpenDataService {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject AssessmentRepository assessments;

  @Inject ApplicationRepository applications;

  @Inject OrganisationRepository organisations;

  @Inject FundingRoundRepository rounds;

  /** The funder as the export names it. */
  public record Funder(String prefix, String id, String name) {

    /** From GRANTWISE_360G_PREFIX, GRANTWISE_FUNDER_ORG_ID and GRANTWISE_FUNDER_NAME. */
    static Funder fromEnvironment() {
      return new Funder(
          setting("GRANTWISE_360G_PREFIX", "grantwise-demo"),
          setting("GRANTWISE_FUNDER_ORG_ID", "GB-GOR-GRANTWISE-DEMO"),
          setting("GRANTWISE_FUNDER_NAME", "People and Communities Fund (Grantwise demo)"));
    }

    private static String setting(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value.trim();
    }
  }

  /** One awarded grant with what the standard asks for. */
  public record Grant(
      String id,
      String title,
      String description,
      String currency,
      BigDecimal amountAwarded,
      BigDecimal amountAppliedFor,
      LocalDate awardDate,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      int durationMonths,
      String recipientId,
      String recipientName,
      String programmeCode,
      String programmeTitle) {}

  @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
  public Funder funder() {
    return Funder.fromEnvironment();
  }

  @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
  public List<Grant> awardedGrants(Long roundId) {
    Funder funder = funder();
    List<Grant> grants = new ArrayList<>();
    for (FundedProject project : assessments.releasedProjects(null)) {
      if (roundId != null && project.getRoundId() != roundId) {
        continue;
      }
      GrantApplication application = applications.find(project.getApplicationId()).orElseThrow();
      Organisation organisation = organisations.find(project.getOrganisationId()).orElseThrow();
      FundingRound round = rounds.find(project.getRoundId()).orElseThrow();
      Decision decision = assessments.decision(project.getApplicationId()).orElseThrow();
      int months = 12 * project.getAmounts().size();
      String summary = application.getForm().summary();
      grants.add(
          new Grant(
              "360G-" + funder.prefix() + "-" + project.getProjectRef(),
              project.getTitle(),
              summary == null || summary.isBlank() ? project.getTitle() : summary,
              "GBP",
              project.total(),
              application.getForm().totalRequested(),
              decision.getDecidedAt().atZone(UK).toLocalDate(),
              project.getStartDate(),
              project.getStartDate().plusMonths(months).minusDays(1),
              months,
              organisation.orgId().orElse("GB-GRANTWISE-" + organisation.getId()),
              organisation.getName(),
              String.valueOf(round.getId()),
              round.getName()));
    }
    return grants;
  }
}
