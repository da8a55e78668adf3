package org.grantwise.interfaces.monitoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.grantwise.application.ImportRejectedException;
import org.grantwise.application.ImportReport;
import org.grantwise.application.MonitoringService;
import org.grantwise.application.NotFoundException;
import org.grantwise.domain.model.shared.FieldError;
import org.grantwise.interfaces.monitoring.files.SheetReader;
import org.grantwise.interfaces.shared.FieldErrors;

/**
 * Importing outcome records from a CSV or XLSX file: the upload is read and checked, the preview
 * and every problem by row and column are shown, and only then can the whole file be saved. The
 * file's bytes stay in the view until then, so what is saved is exactly what was checked.
 */
@Named
@ViewScoped
public class ImportView implements Serializable, FieldErrors {

  private static final long serialVersionUID = 1L;

  @Inject MonitoringService monitoring;

  private String ref;
  private String title;
  private transient Part file;
  private byte[] bytes;
  private String fileName;
  private ImportReport report;
  private List<FieldError> errors = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      title = monitoring.project(ref).getTitle();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "No such project");
      faces.responseComplete();
    }
  }

  /** Reads and checks the chosen file; nothing is saved. */
  public void check() throws IOException {
    report = null;
    bytes = null;
    if (file == null
        || file.getSize() == 0
            && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
      fail("Choose a CSV or XLSX file to import");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      bytes = SheetReader.readLimited(in);
    }
    fileName = file.getSubmittedFileName();
    SheetReader.Table table = SheetReader.read(bytes);
    if (!table.isReadable()) {
      report = new ImportReport(0, List.of(), List.of(table.problem()));
      bytes = null;
    } else {
      report = monitoring.checkImport(ref, table.header(), table.rows());
    }
    errors = List.of();
  }

  /** Saves every record of the checked file, or none. */
  public String commit() {
    if (bytes == null || report == null || !report.isValid()) {
      fail("Choose a file without problems first");
      return null;
    }
    SheetReader.Table table = SheetReader.read(bytes);
    try {
      var saved = monitoring.importFile(ref, table.header(), table.rows());
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Imported "
                  + fileName
                  + ": "
                  + saved.created()
                  + " new records, "
                  + saved.updated()
                  + " replaced.",
              null));
      return "/projects/project?faces-redirect=true&ref=" + ref;
    } catch (ImportRejectedException e) {
      // Something changed since the check (a vocabulary term, the date): show the new report.
      report = e.report();
      bytes = null;
      return null;
    }
  }

  private void fail(String message) {
    errors = List.of(new FieldError("file", message));
    FacesContext.getCurrentInstance().validationFailed();
  }

  @Override
  public List<FieldError> getErrors() {
    return errors;
  }

  @Override
  public String anchor(String field) {
    return "file";
  }

  public boolean isCanCommit() {
    return bytes != null && report != null && report.isValid();
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getTitle() {
    return title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getReport() {
    return report;
  }
}
