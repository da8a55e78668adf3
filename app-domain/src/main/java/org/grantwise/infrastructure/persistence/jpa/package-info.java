/** JPA implementations of the domain repositories. */
package org.grantwise.infrastructure.persistence.jpa;
