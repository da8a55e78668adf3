/** What the application knows about its database beyond the repositories: outages. */
package org.grantwise.infrastructure.persistence;
