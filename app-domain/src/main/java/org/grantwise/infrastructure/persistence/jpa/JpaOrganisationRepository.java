package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.grantwise.domain.model.organisation.Organisation;
import org.grantwise.domain.model.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Organisation store(Organisation organisation) {
    if (organisation.getId() == null) {
      em.persist(organisation);
      return organisation;
    }
    return em.merge(organisation);
  }
}
