package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.round.FundingRound;
import org.grantwise.domain.model.round.FundingRoundRepository;

@ApplicationScoped
public class JpaFundingRoundRepository implements FundingRoundRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public List<FundingRound> findAll() {
    return em.createQuery(
            "select r from FundingRound r order by r.closesOn desc, r.id", FundingRound.class)
        .getResultList();
  }

  @Override
  public Optional<FundingRound> find(long id) {
    return Optional.ofNullable(em.find(FundingRound.class, id));
  }
}
