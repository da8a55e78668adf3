package org.grantwise.interfaces.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grantwise.application.AwardLetter;
import org.junit.jupiter.api.Test;

class AwardLetterPdfTest {

  @Test
  void theLetterSaysWhoGetsWhatWhenAndOnWhichConditions() throws Exception {
    AwardLetter letter =
        new AwardLetter(
            "PCF-2026-0101",
            "GW-2026-01001",
            "Comann Eachdraidh Nis",
            "1 High Street, Stornoway",
            "People and Communities Fund 2026/27",
            "Peer-led skills café",
            List.of(
                new AwardLetter.YearAmount(1, new BigDecimal("25000.00")),
                new AwardLetter.YearAmount(2, new BigDecimal("8000.50"))),
            new BigDecimal("33000.50"),
            LocalDate.of(2027, 4, 1),
            null,
            List.of(new AwardLetter.ReportDue(LocalDate.of(2027, 10, 1), "Year 1 mid-year")),
            Instant.parse("2026-11-25T12:00:00Z"));
    byte[] pdf = AwardLetterPdf.render(letter);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    reader.close();
    assertThat(text)
        .contains(
            "PCF-2026-0101",
            "Comann Eachdraidh Nis",
            "Peer-led skills café",
            "£25,000.00",
            "£33,000.50",
            "1 April 2027",
            "25 November 2026",
            "no special",
            "1 October 2027");
  }
}
