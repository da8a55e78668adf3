package org.grantwise.domain.model.round;

import java.util.List;
import java.util.Optional;

public interface FundingRoundRepository {

  List<FundingRound> findAll();

  Optional<FundingRound> find(long id);
}
