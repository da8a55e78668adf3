package org.grantwise.domain.model.application;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types the fund accepts, recognised by their content (magic numbers and, for Office
 * files, the parts inside the zip), never by the name or the type the browser claims.
 */
public enum FileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  GIF("image/gif", "gif");

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** The most an Office file's parts may expand to, together. */
  public static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

  /** The most an Office file may expand, relative to its size (real ones stay well under 30). */
  public static final int MAX_RATIO = 100;

  /** How much of an XML part is read to find its encoding (byte-order mark or declaration). */
  private static final int HEAD_BYTES = 512;

  /** What follows the last dot of a name when it is an extension (not, say, a date's "2024"). */
  private static final Pattern EXTENSION =
      Pattern.compile("\\.([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$");

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private final String contentType;

  private final List<String> extensions;

  FileType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  /** The usual extension of a file of this type, without the dot. */
  public String extension() {
    return extensions.get(0);
  }

  /**
   * The name with this type's extension: kept when it already has one of this type's extensions,
   * otherwise the name's own extension (up to 5 characters, at least one a letter) is replaced by
   * it, or it is added. So a PDF named report.html is stored as report.pdf, and a browser or
   * desktop that goes by the name opens what the content is.
   */
  public String withExtension(String name) {
    Matcher m = EXTENSION.matcher(name);
    if (m.find() && m.group(1).length() <= 5) {
      if (extensions.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return name;
      }
      return name.substring(0, m.start()) + "." + extension();
    }
    return name + "." + extension();
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
   * and which XML entity attacks need. Every XML part is read whole, in its own encoding (UTF-8,
   * UTF-16 or UTF-32 by byte-order mark or first characters, or the one its XML declaration names),
   * as a stream: the inflated bytes of all parts together are capped, so the check itself stays
   * within that limit and never holds more than a buffer of any part.
   */
  public static Optional<String> hazard(byte[] content) {
    if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return Optional.empty();
    }
    Inflated inflated =
        new Inflated(
            new ZipInputStream(new ByteArrayInputStream(content)),
            Math.min(MAX_EXPANDED_BYTES, (long) MAX_RATIO * content.length));
    try (ZipInputStream zip = inflated.zip) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        if (xml) {
          Optional<String> problem = xmlHazard(inflated);
          if (problem.isPresent()) {
            return problem;
          }
        }
        inflated.skipRest();
      }
    } catch (Inflated.TooLarge e) {
      return Optional.of(
          "The file expands to far more than its own size when opened, so it was not"
              + " accepted: save it again from your office program");
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("The file is damaged and could not be opened");
    }
    return Optional.empty();
  }

  private static Optional<String> xmlHazard(InputStream part) throws IOException {
    byte[] head = part.readNBytes(HEAD_BYTES);
    Charset encoding = encoding(head);
    if (encoding == null) {
      return Optional.of(
          "The file contains a part in a text encoding office programs do not use, so it was not"
              + " accepted: save it again from your office program");
    }
    Reader text =
        new InputStreamReader(
            new SequenceInputStream(new ByteArrayInputStream(head), part),
            encoding
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    // The part is searched a buffer at a time; the end of each buffer is carried into the next, so
    // a declaration split between two is still found.
    char[] buffer = new char[16 * 1024];
    String carried = "";
    int read;
    while ((read = text.read(buffer)) > 0) {
      String window = carried + new String(buffer, 0, read);
      if (declaresDocumentType(window)) {
        return Optional.of(
            "The file contains an XML document type declaration, which office files never need,"
                + " so it was not accepted: save it again from your office program");
      }
      carried = window.substring(Math.max(0, window.length() - 32));
    }
    return Optional.empty();
  }

  /**
   * The encoding of an XML part, found as an XML parser finds it (XML 1.0, appendix F): a
   * byte-order mark, the first characters in UTF-16 or UTF-32, or the declaration's {@code
   * encoding}; UTF-8 otherwise. Null for a declared encoding this Java does not know, which an
   * office program would not have written.
   */
  static Charset encoding(byte[] head) {
    if (startsWith(head, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})
        || startsWith(head, new byte[] {0, 0, 0, '<'})) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
        || startsWith(head, new byte[] {'<', 0, 0, 0})) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(head, new byte[] {0, '<', 0, '?'})) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(head, new byte[] {'<', 0, '?', 0})) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(head, new byte[] {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94})) {
      // "<?xm" in EBCDIC: its letters and "<!" are the same in the EBCDIC code pages.
      return Charset.isSupported("IBM037") ? Charset.forName("IBM037") : null;
    }
    Matcher declared = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!declared.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(declared.group(1));
      // Without a byte-order mark or UTF-16's first bytes the declaration was read as ASCII: a
      // part that says UTF-16 here is not, and is read as the ASCII it is.
      return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
          ? StandardCharsets.UTF_8
          : charset;
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * Whether the text declares a document type or an entity. NUL characters are left out first: a
   * part in UTF-16 without the marks that say so reads as ASCII letters between NULs, which a
   * parser would refuse, but is refused here too rather than trusted to that.
   */
  private static boolean declaresDocumentType(String text) {
    String upper = text.replace("\u0000", "").toUpperCase(Locale.ROOT);
    return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
  }

  /**
   * The current zip entry's inflated bytes, counted over all entries; more than the limit throws
   * {@link TooLarge}. Closing it leaves the zip open for the next entry.
   */
  private static final class Inflated extends FilterInputStream {

    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
    }

    final ZipInputStream zip;
    private final long limit;
    private long total;

    Inflated(ZipInputStream zip, long limit) {
      super(zip);
      this.zip = zip;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int read = super.read(b, off, len);
      if (read > 0) {
        total += read;
        if (total > limit) {
          throw new TooLarge();
        }
      }
      return read;
    }

    void skipRest() throws IOException {
      byte[] buffer = new byte[64 * 1024];
      while (read(buffer, 0, buffer.length) > 0) {
        // counted, then dropped
      }
    }

    @Override
    public void close() {
      // the zip is closed by its owner
    }
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
