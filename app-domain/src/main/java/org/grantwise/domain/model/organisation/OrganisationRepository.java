package org.grantwise.domain.model.organisation;

import java.util.Optional;

public interface OrganisationRepository {

  Optional<Organisation> find(long id);

  Organisation store(Organisation organisation);
}
