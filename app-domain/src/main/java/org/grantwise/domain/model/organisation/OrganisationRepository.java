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

  /** The address's invitation that was neither accepted nor withdrawn (it may have expired). */
  Optional<Invitation> findOpenInvitation(String email);

  Optional<Invitation> findInvitation(long id);

  Optional<Invitation> findInvitationByTokenHash(String tokenHash);

  /** Writes pending changes now (a withdrawn invitation frees its address for a new one). */
  void flush();

  List<Invitation> findInvitations(long organisationId);

  Invitation store(Invitation invitation);
}
