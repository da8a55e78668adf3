/** Schema migration at deployment: Flyway owns the schema, Hibernate never generates it. */
package org.grantwise.infrastructure.migration;
