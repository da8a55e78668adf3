/**
 * Reference vocabularies from the PCF review (themes, co-production models, contexts, mechanisms,
 * outcomes...): data with stable codes, so terms can be added without a release.
 */
package org.grantwise.domain.model.vocabulary;
