/**
 * Scheduled data-protection work: anonymising outcome records once their round's retention period
 * has passed.
 */
package org.grantwise.infrastructure.retention;
