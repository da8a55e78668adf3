package org.grantwise.application;

import jakarta.ejb.ApplicationException;

/** An import file had problems; nothing of it was saved. The report lists them by row. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

  private final ImportReport report;

  public ImportRejectedException(ImportReport report) {
    super(report.problems().size() + " problem(s) in the file; nothing was saved");
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
