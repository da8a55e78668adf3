/**
 * MicroProfile Health checks. They have a jar of their own in the EAR's lib/: WildFly registers
 * health checks of the top-level deployment only, not those inside the EJB or web module.
 */
package org.grantwise.health;
