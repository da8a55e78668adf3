package org.grantwise.domain.model.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantwise.domain.model.organisation.OrganisationType;

/**
 * The short check before the form: it tells an ineligible applicant why, before they spend time on
 * an application. The answers are the applicant's; the limits are the round's.
 */
public record Eligibility(
    OrganisationType organisationType,
    Boolean basedInScotland,
    BigDecimal amountPerYear,
    Integer years,
    List<String> priorities) {

  public Eligibility {
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
  }

  /** Reasons the project cannot apply to this round; empty when it can. */
  public List<String> reasonsAgainst(FundingRound round) {
    List<String> reasons = new ArrayList<>();
    if (organisationType == null || organisationType == OrganisationType.OTHER) {
      reasons.add(
          "The fund supports community anchor organisations: charities, community groups, social"
              + " enterprises and community-owned companies.");
    }
    if (!Boolean.TRUE.equals(basedInScotland)) {
      reasons.add("The fund supports projects that serve communities in Scotland.");
    }
    if (amountPerYear == null || amountPerYear.signum() <= 0) {
      reasons.add("Say roughly how much a year you need from the fund.");
    } else if (amountPerYear.compareTo(round.getMaxPerYear()) > 0) {
      reasons.add(
          "This round funds up to £"
              + String.format("%,d", round.getMaxPerYear().longValue())
              + " a year; ask for less, or look for other funding for the rest.");
    }
    if (years == null || years < 1) {
      reasons.add("Say for how many years you need funding.");
    } else if (years > round.getMaxYears()) {
      reasons.add("This round funds projects for up to " + round.getMaxYears() + " years.");
    }
    if (priorities.isEmpty()) {
      reasons.add(
          "Projects must address at least one of the fund's priorities: tackling poverty or"
              + " social inclusion.");
    }
    return reasons;
  }
}
