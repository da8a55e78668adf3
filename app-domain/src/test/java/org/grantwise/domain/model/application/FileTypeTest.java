package org.grantwise.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  @Test
  void recognisesAPdfByItsHeader() {
    assertThat(FileType.detect("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII)))
        .contains(FileType.PDF);
  }

  @Test
  void recognisesImagesByTheirMagicNumbers() {
    assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
        .contains(FileType.PNG);
    assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .contains(FileType.JPEG);
    assertThat(FileType.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
        .contains(FileType.GIF);
  }

  @Test
  void tellsWordFromExcelByThePartsInsideTheZip() throws IOException {
    assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml")))
        .contains(FileType.DOCX);
    assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
        .contains(FileType.XLSX);
  }

  @Test
  void refusesAnOrdinaryZipTextAndScriptsWhateverTheirName() throws IOException {
    assertThat(FileType.detect(zip("readme.txt"))).isEmpty();
    assertThat(FileType.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(FileType.detect(new byte[0])).isEmpty();
  }

  @Test
  void refusesAnOfficeFileThatExpandsFarBeyondItsSize() throws IOException {
    byte[] bomb = officeFile("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]);
    assertThat(bomb.length).as("compressed").isLessThan(1024 * 1024);
    assertThat(FileType.detect(bomb)).contains(FileType.XLSX);
    assertThat(FileType.hazard(bomb)).hasValueSatisfying(m -> assertThat(m).contains("expands"));
  }

  @Test
  void refusesAnOfficeFileWithADocumentTypeDeclaration() throws IOException {
    String entities =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
            + " \"file:///etc/passwd\">]>\n<worksheet>&xxe;</worksheet>";
    byte[] file = officeFile("xl/worksheets/sheet1.xml", entities.getBytes(StandardCharsets.UTF_8));
    assertThat(FileType.hazard(file))
        .hasValueSatisfying(m -> assertThat(m).contains("document type declaration"));
  }

  @Test
  void findsADocumentTypeDeclarationAnywhereInAPart() throws IOException {
    String late =
        "<?xml version=\"1.0\"?>\n<!-- "
            + "padding ".repeat(750)
            + "-->\n<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet/>";
    assertThat(FileType.hazard(officeFile("xl/worksheets/sheet1.xml", utf8(late))))
        .hasValueSatisfying(m -> assertThat(m).contains("document type declaration"));
  }

  @Test
  void readsAPartInTheEncodingItIsWrittenIn() throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w [<!ENTITY x \"y\">]><w>&x;</w>";
    byte[] littleEndianWithMark =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(StandardCharsets.UTF_16LE));
    byte[] bigEndianWithoutMark = xml.getBytes(StandardCharsets.UTF_16BE);
    byte[] bigEndianNoDeclaration =
        "<!DOCTYPE w [<!ENTITY x \"y\">]><w/>".getBytes(StandardCharsets.UTF_16BE);
    byte[] utf32 =
        "<?xml version=\"1.0\"?><!DOCTYPE w><w/>"
            .getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
    byte[] latin1 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!DOCTYPE w><w>\u00e9</w>"
            .getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] part :
        new byte[][] {
          littleEndianWithMark, bigEndianWithoutMark, bigEndianNoDeclaration, utf32, latin1
        }) {
      assertThat(FileType.hazard(officeFile("xl/worksheets/sheet1.xml", part)))
          .hasValueSatisfying(m -> assertThat(m).contains("document type declaration"));
    }
    String clean = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w><c>1</c></w>";
    assertThat(
            FileType.hazard(
                officeFile(
                    "xl/worksheets/sheet1.xml",
                    concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        clean.getBytes(StandardCharsets.UTF_16BE)))))
        .isEmpty();
  }

  @Test
  void refusesAPartInAnEncodingJavaDoesNotKnow() throws IOException {
    byte[] part = utf8("<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CODE\"?><w/>");
    assertThat(FileType.hazard(officeFile("xl/worksheets/sheet1.xml", part)))
        .hasValueSatisfying(m -> assertThat(m).contains("text encoding"));
  }

  @Test
  void aStoredNameEndsInTheDetectedTypesExtension() {
    assertThat(FileType.PDF.withExtension("report.html")).isEqualTo("report.pdf");
    assertThat(FileType.PDF.withExtension("Report.PDF")).isEqualTo("Report.PDF");
    assertThat(FileType.PDF.withExtension("minutes 12.03.2024"))
        .isEqualTo("minutes 12.03.2024.pdf");
    assertThat(FileType.PDF.withExtension("plan")).isEqualTo("plan.pdf");
    assertThat(FileType.JPEG.withExtension("photo.jpeg")).isEqualTo("photo.jpeg");
    assertThat(FileType.JPEG.withExtension("photo.png")).isEqualTo("photo.jpg");
    assertThat(FileType.XLSX.withExtension("budget.xlsm")).isEqualTo("budget.xlsx");
    assertThat(FileType.PNG.withExtension("archive.tar.gz")).isEqualTo("archive.tar.png");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void acceptsAnOrdinaryOfficeFile() throws IOException {
    byte[] file =
        officeFile(
            "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\"?><worksheet><row><c>1</c></row></worksheet>"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(FileType.hazard(file)).isEmpty();
    assertThat(FileType.hazard("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  static byte[] officeFile(String part, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : new String[] {"[Content_Types].xml", "xl/workbook.xml"}) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(part));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
