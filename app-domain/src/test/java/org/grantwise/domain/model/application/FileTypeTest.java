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
