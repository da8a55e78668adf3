package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grantwise.domain.model.organisation.Invitation;
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

  @Override
  public boolean charityNumberTaken(String charityNumber) {
    return !em.createQuery(
            "select o.id from Organisation o where o.charityNumber = :number", Long.class)
        .setParameter("number", charityNumber)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean companyNumberTaken(String companyNumber) {
    return !em.createQuery(
            "select o.id from Organisation o where o.companyNumber = :number", Long.class)
        .setParameter("number", companyNumber)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Organisation> findUnverified() {
    return em.createQuery(
            "select o from Organisation o where o.verified = false order by o.createdAt, o.id",
            Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<Invitation> findOpenInvitation(String email) {
    return em.createQuery(
            "select i from Invitation i join fetch i.organisation"
                + " where lower(i.email) = :email and i.acceptedAt is null and i.revokedAt is null",
            Invitation.class)
        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> findInvitation(long id) {
    return em.createQuery(
            "select i from Invitation i join fetch i.organisation where i.id = :id",
            Invitation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> findInvitationByTokenHash(String tokenHash) {
    return em.createQuery(
            "select i from Invitation i join fetch i.organisation where i.tokenHash = :hash",
            Invitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<Invitation> findInvitations(long organisationId) {
    return em.createQuery(
            "select i from Invitation i where i.organisation.id = :organisation"
                + " order by i.invitedAt desc",
            Invitation.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public Invitation store(Invitation invitation) {
    em.persist(invitation);
    return invitation;
  }
}
