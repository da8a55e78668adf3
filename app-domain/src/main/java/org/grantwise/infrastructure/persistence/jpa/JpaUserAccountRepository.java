package org.grantwise.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.grantwise.domain.model.account.UserAccount;
import org.grantwise.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "grantwise")
  private EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "select a from UserAccount a left join fetch a.organisation"
                + " where a.username = :username and a.replacedAt is null",
            UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> findBySubject(String keycloakUserId) {
    if (keycloakUserId == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select a from UserAccount a left join fetch a.organisation"
                + " where a.keycloakUserId = :subject",
            UserAccount.class)
        .setParameter("subject", keycloakUserId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<java.time.Instant> handedOverAt(String username) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(a.replacedAt) from UserAccount a where a.username = :username",
                java.time.Instant.class)
            .setParameter("username", username)
            .getSingleResult());
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<UserAccount> ofOrganisation(long organisationId) {
    return em.createQuery(
            "select a from UserAccount a where a.organisation.id = :organisation"
                + " and a.replacedAt is null order by a.username",
            UserAccount.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public UserAccount store(UserAccount account) {
    if (account.getId() == null) {
      em.persist(account);
      return account;
    }
    return em.merge(account);
  }
}
