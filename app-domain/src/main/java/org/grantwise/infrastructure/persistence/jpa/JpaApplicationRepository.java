package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.application.ApplicationRepository;
import org.grantwise.domain.model.application.GrantApplication;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<GrantApplication> find(long id) {
    return Optional.ofNullable(em.find(GrantApplication.class, id));
  }

  @Override
  public List<GrantApplication> findByOrganisation(long organisationId) {
    return em.createQuery(
            "select a from GrantApplication a join fetch a.round"
                + " where a.organisation.id = :organisation order by a.updatedAt desc",
            GrantApplication.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public String nextReference(int year) {
    Number next =
        (Number)
            em.createNativeQuery("select nextval('application_reference_seq')").getSingleResult();
    return String.format("GW-%d-%05d", year, next.longValue());
  }

  @Override
  public GrantApplication store(GrantApplication application) {
    if (application.getId() == null) {
      em.persist(application);
      return application;
    }
    return em.merge(application);
  }
}
