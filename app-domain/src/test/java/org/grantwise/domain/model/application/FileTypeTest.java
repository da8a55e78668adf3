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
