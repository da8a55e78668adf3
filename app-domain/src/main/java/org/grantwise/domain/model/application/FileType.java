package org.grantwise.domain.model.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types the fund accepts, recognised by their content (magic numbers and, for Office
 * files, the parts inside the zip), never by the name or the type the browser claims.
 */
public enum FileType {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  GIF("image/gif");

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** The most an Office file's parts may expand to, together. */
  public static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

  /** The most an Office file may expand, relative to its size (real ones stay well under 30). */
  public static final int MAX_RATIO = 100;

  /** How much of each XML part is searched for a document type declaration (the prolog). */
  private static final int PROLOG_BYTES = 4096;

  private final String contentType;

  FileType(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<FileType> detect(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes())) {
      return Optional.of(PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, "GIF87a".getBytes()) || startsWith(content, "GIF89a".getBytes())) {
      return Optional.of(GIF);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return office(content);
    }
    return Optional.empty();
  }

  private static Optional<FileType> office(byte[] content) {
    boolean contentTypes = false;
    FileType found = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
        String name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
        } else if (name.equals("word/document.xml")) {
          found = DOCX;
        } else if (name.equals("xl/workbook.xml")) {
          found = XLSX;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return contentTypes ? Optional.ofNullable(found) : Optional.empty();
  }

  /**
   * Why an Office file (a zip of XML parts) must not be opened, if it must not: its parts expand to
   * more than {@link #MAX_EXPANDED_BYTES} or more than {@link #MAX_RATIO} times their compressed
   * size (a compressed-file bomb), or a part declares a document type, which Office files never do
   * and which XML entity attacks need. Every part is inflated with a cap, so the check itself stays
   * within that limit.
   */
  public static Optional<String> hazard(byte[] content) {
    if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return Optional.empty();
    }
    long expanded = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        ByteArrayOutputStream prolog = new ByteArrayOutputStream();
        int read;
        while ((read = zip.read(buffer)) > 0) {
          expanded += read;
          if (expanded > MAX_EXPANDED_BYTES || expanded > (long) MAX_RATIO * content.length) {
            return Optional.of(
                "The file expands to far more than its own size when opened, so it was not"
                    + " accepted: save it again from your office program");
          }
          if (xml && prolog.size() < PROLOG_BYTES) {
            prolog.write(buffer, 0, Math.min(read, PROLOG_BYTES - prolog.size()));
          }
        }
        if (xml && declaresDocumentType(prolog.toString(StandardCharsets.ISO_8859_1))) {
          return Optional.of(
              "The file contains an XML document type declaration, which office files never need,"
                  + " so it was not accepted: save it again from your office program");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("The file is damaged and could not be opened");
    }
    return Optional.empty();
  }

  private static boolean declaresDocumentType(String prolog) {
    String upper = prolog.toUpperCase(java.util.Locale.ROOT);
    return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
