package org.grantwise.interfaces.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.application.RoundService;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.RoundStatus;

/** Funding rounds as shown on the home pages. */
@Named
@RequestScoped
public class RoundsView {

  @Inject RoundService rounds;

  private List<FundingRound> all;

  public List<FundingRound> getRounds() {
    if (all == null) {
      all = rounds.allRounds();
    }
    return all;
  }

  public RoundStatus status(FundingRound round) {
    return round.statusOn(LocalDate.now());
  }
}
