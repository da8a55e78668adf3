package org.grantwise.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

  Optional<Organisation> find(long id);

  Organisation store(Organisation organisation);

  boolean charityNumberTaken(String charityNumber);

  boolean companyNumberTaken(String companyNumber);

  /** Organisations waiting for an officer, the oldest first. */
  List<Organisation> findUnverified();

  Optional<Invitation> findOpenInvitation(String email);

  List<Invitation> findInvitations(long organisationId);

  Invitation store(Invitation invitation);
}
