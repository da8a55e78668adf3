/** Funding rounds: when applications may be made and how much may be asked for. */
package org.grantwise.domain.model.round;
