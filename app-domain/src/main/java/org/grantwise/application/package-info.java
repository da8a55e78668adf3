/**
 * Application services: each use case loads aggregates, calls the domain and stores them; they own
 * the transaction and the role check.
 */
package org.grantwise.application;
