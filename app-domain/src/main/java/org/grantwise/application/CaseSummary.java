package org.grantwise.application;

/** What an assessor needs to judge a conflict of interest, before reading the application. */
public record CaseSummary(
    long id,
    String reference,
    String title,
    String organisation,
    long roundId,
    String roundName,
    String status,
    String applicantsModel)
    implements java.io.Serializable {}
