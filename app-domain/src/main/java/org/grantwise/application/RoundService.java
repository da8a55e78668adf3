package org.grantwise.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.grantwise.domain.model.account.Role;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;
import org.grantwise.infrastructure.audit.Audited;

@Stateless
@Audited
@RolesAllowed({Role.Names.APPLICANT, Role.Names.OFFICER, Role.Names.MANAGER, Role.Names.ADMIN})
public class RoundService {

  @Inject FundingRoundRepository rounds;

  public List<FundingRound> allRounds() {
    return rounds.findAll();
  }
}
