package org.grantwise.interfaces.assessment.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.grantwise.application.AwardLetter;

/**
 * Renders an award letter as PDF with OpenPDF. Uses the standard Helvetica font (no embedding), so
 * names are limited to the Western European characters that font has.
 */
final class AwardLetterPdf {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

  private AwardLetterPdf() {}

  static byte[] render(AwardLetter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.addTitle("Award letter " + letter.projectRef());
    document.addSubject(letter.roundName() + ": " + letter.title());
    document.addAuthor("Grantwise");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
    document.open();

    document.add(new Paragraph(letter.roundName(), BODY));
    document.add(new Paragraph("Award letter", TITLE));
    document.add(
        spaced(
            new Paragraph(
                letter.releasedAt() == null
                    ? ""
                    : DATE.format(letter.releasedAt().atZone(UK).toLocalDate()),
                BODY)));

    document.add(new Paragraph(letter.organisation(), BOLD));
    if (letter.organisationAddress() != null && !letter.organisationAddress().isBlank()) {
      document.add(new Paragraph(letter.organisationAddress(), BODY));
    }

    PdfPTable facts = table(2, 35, 65);
    fact(facts, "Project reference", letter.projectRef());
    fact(facts, "Application reference", letter.applicationReference());
    fact(facts, "Project", letter.title());
    fact(facts, "Start date", DATE.format(letter.startDate()));
    fact(facts, "Total award", pounds(letter.total()));
    document.add(facts);

    document.add(
        spaced(
            new Paragraph(
                "We are pleased to tell you that "
                    + letter.organisation()
                    + " has been awarded a grant of "
                    + pounds(letter.total())
                    + " over "
                    + letter.amounts().size()
                    + (letter.amounts().size() == 1 ? " year" : " years")
                    + " for the project above, starting on "
                    + DATE.format(letter.startDate())
                    + ". The grant is paid each year as set out below, subject to the conditions"
                    + " of this letter and to progress reports arriving when they are due.",
                BODY)));

    document.add(new Paragraph("Grant by year", HEADING));
    PdfPTable years = table(2, 50, 50);
    header(years, "Year");
    header(years, "Amount");
    for (AwardLetter.YearAmount year : letter.amounts()) {
      years.addCell(cell("Year " + year.year(), BODY, Element.ALIGN_LEFT));
      years.addCell(cell(pounds(year.amount()), BODY, Element.ALIGN_RIGHT));
    }
    years.addCell(cell("Total", BOLD, Element.ALIGN_LEFT));
    years.addCell(cell(pounds(letter.total()), BOLD, Element.ALIGN_RIGHT));
    document.add(years);

    document.add(new Paragraph("Conditions", HEADING));
    document.add(
        spaced(
            new Paragraph(
                letter.conditions() == null || letter.conditions().isBlank()
                    ? "The fund's standard terms and conditions apply; there are no special"
                        + " conditions."
                    : letter.conditions(),
                BODY)));

    document.add(new Paragraph("Monitoring plan", HEADING));
    document.add(
        new Paragraph(
            "Send a progress report, with your beneficiary outcomes, by each of these dates.",
            BODY));
    PdfPTable plan = table(2, 40, 60);
    header(plan, "Due by");
    header(plan, "Report");
    for (AwardLetter.ReportDue due : letter.reportsDue()) {
      plan.addCell(cell(DATE.format(due.dueOn()), BODY, Element.ALIGN_LEFT));
      plan.addCell(cell(due.period(), BODY, Element.ALIGN_LEFT));
    }
    document.add(plan);

    document.add(
        spaced(
            new Paragraph(
                "Please quote the project reference "
                    + letter.projectRef()
                    + " whenever you contact the fund about this grant.",
                BODY)));
    document.close();
    return out.toByteArray();
  }

  static String pounds(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
    return format.format(amount);
  }

  private static Paragraph spaced(Paragraph paragraph) {
    paragraph.setSpacingBefore(8);
    paragraph.setSpacingAfter(8);
    return paragraph;
  }

  private static PdfPTable table(int columns, float... widths) {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    table.setSpacingBefore(6);
    table.setSpacingAfter(10);
    table.setHeaderRows(0);
    return table;
  }

  private static void fact(PdfPTable table, String label, String value) {
    table.addCell(cell(label, BOLD, Element.ALIGN_LEFT));
    table.addCell(cell(value == null ? "" : value, BODY, Element.ALIGN_LEFT));
  }

  private static void header(PdfPTable table, String text) {
    table.addCell(cell(text, BOLD, Element.ALIGN_LEFT));
    table.setHeaderRows(1);
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(5);
    return cell;
  }
}
