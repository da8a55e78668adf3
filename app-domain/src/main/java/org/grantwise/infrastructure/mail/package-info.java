/** Sends notices by e-mail through WildFly's mail session. */
package org.grantwise.infrastructure.mail;
