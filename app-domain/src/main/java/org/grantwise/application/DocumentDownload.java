package org.grantwise.application;

/** A document's bytes with what a download needs to describe them. */
public record DocumentDownload(
    String filename, String contentType, String sha256, byte[] content) {}
