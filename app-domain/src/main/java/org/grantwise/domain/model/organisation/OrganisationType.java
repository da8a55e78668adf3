package org.grantwise.domain.model.organisation;

/** The legal form of an applicant organisation. Labels live in the web message bundle. */
public enum OrganisationType {
  CHARITY,
  COMPANY,
  COMMUNITY_GROUP,
  SOCIAL_ENTERPRISE,
  OTHER
}
