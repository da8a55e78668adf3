/** Value types shared by the aggregates. */
package org.grantwise.domain.model.shared;
