/** MicroProfile Health checks. */
package org.grantwise.interfaces.health;
