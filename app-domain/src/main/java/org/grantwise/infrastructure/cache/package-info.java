/** Figures that are costly to add up, kept briefly on each node and refreshed in the background. */
package org.grantwise.infrastructure.cache;
