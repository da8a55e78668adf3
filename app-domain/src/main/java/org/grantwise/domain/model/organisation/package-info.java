/** The organisation aggregate: a community anchor (or other applicant body) and its identifiers. */
package org.grantwise.domain.model.organisation;
